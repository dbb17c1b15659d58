/**
 * The `Programs` sheet of the fictional sample workbook: 40 invented Diagnostic Radiology programs (no real
 * program's name, ID or figures), each labelled `Fictional sample — not real data` in `Source`. The rows
 * are typed the way people type them (`≥ 225`, `225+`, `N/A`, `35`, `"35%"`, `0.35`, `Y`, blanks) and chosen
 * so the sample Profile applicant (Step 2 CK 221, one failed attempt, graduated 2021) gets every category,
 * and the sample cohort together meets every Not eligible rule, a Preferred minimum, a new program and one
 * stale `Last verified` date. IDs use the invented `FX-` prefix; two rows have no ID (keyed by name + state).
 */

const SOURCE = 'Fictional sample — not real data';

/** Header row and 40 program rows, in `PROGRAM_HEADERS` order. */
// biome-ignore format: a table reads best one row a line
export const SAMPLE_PROGRAMS: unknown[][] = [
  ['Program', 'ID', 'City', 'State', 'Region', 'Type', 'Track', 'First accredited', 'Positions', 'Min Step 2 CK', 'Min is', 'Typical Step 2 CK', 'IMG %', 'Takes IMGs', 'Max attempts', 'YOG cutoff', 'USCE required', 'Sponsors visa', 'Source', 'Last verified', 'Notes'],
  // Midwest
  ['Lakeview Regional Radiology', 'FX-1001', 'Toledo', 'OH', '', 'Community', 'Categorical', 1998, 4, 210, 'Hard', 218, 40, 'Yes', 1, 10, 'Yes', 'J-1', SOURCE, '2025-09-15', 'Program with a rotation in the sample Profile'],
  ['Prairie Ridge Medical Center', 'FX-1002', 'Milwaukee', 'WI', 'Midwest', 'Hybrid', 'Both', 2001, 5, '≥ 215', 'Hard', 222, '35%', 'Yes', 1, 8, 'No', 'Both', SOURCE, '2025-10-02', ''],
  ['Cedar Hollow Medical Center', 'FX-1003', 'Dayton', 'OH', '', 'Community', 'Advanced', 2023, 3, '', '', 220, 0.35, 'Y', '', '', '', 'J-1', SOURCE, '2025-11-20', 'New program'],
  ['Amberfield University Hospital', 'FX-1004', 'Chicago', 'IL', '', 'University', 'Both', 1985, 9, '225+', 'Hard', 238, 8, 'Yes', 0, 5, 'Yes', 'H-1B', SOURCE, '2025-08-30', ''],
  ['Foxglove Regional Medical Center', 'FX-1005', 'Grand Rapids', 'MI', '', 'Community', 'Categorical', 2008, 4, 205, 'Hard', 214, 30, 'Yes', 0, 10, 'No', 'J-1', SOURCE, '2025-09-01', 'No failed attempts allowed'],
  ['Bur Oak Community Radiology', 'FX-1006', 'Des Moines', 'IA', '', 'Community', 'Categorical', 2012, 3, 'N/A', '', 216, 45, 'Yes', 2, 10, '', 'J-1', SOURCE, '2025-10-10', ''],
  ['Kettle River Imaging Program', 'FX-1007', 'Minneapolis', 'MN', '', 'Academic', 'Advanced', 1979, 8, 220, 'Hard', 236, 10, 'Yes', 1, 7, 'Yes', 'J-1', SOURCE, '2025-07-15', ''],
  ['Starling Valley Health', '', 'Wichita', 'KS', '', 'Community-based university', 'Categorical', 2004, 4, 215, 'Hard', 224, 25, 'Yes', 1, '', 'No', 'None', SOURCE, '2025-09-20', 'No ID yet'],
  ['Thistle Creek Medical Center', 'FX-1009', 'Indianapolis', 'IN', '', 'Community', 'Both', 1996, 5, 200, 'Hard', 215, '', 'Yes', 1, 3, 'No', 'J-1', SOURCE, '2025-10-05', 'Graduates of the last 3 years only'],
  ['Heron Bay Radiology', 'FX-1010', 'St. Louis', 'MO', '', 'University', 'Categorical', 1990, 7, 230, 'Hard', 240, 5, 'No', 0, 5, 'Yes', 'None', SOURCE, '2025-09-12', ''],
  // South
  ['Quarry Bend Medical Center', 'FX-2001', 'Houston', 'TX', '', 'Hybrid', 'Advanced', 1999, 6, 'N/A', '', 230, 25, 'Yes', 1, 8, 'Yes', 'H-1B', SOURCE, '2025-08-01', ''],
  ['Willowmere Health Radiology', 'FX-2002', 'Nashville', 'TN', '', 'Community', 'Categorical', 2005, 4, 225, 'Preferred', 226, 20, 'Yes', 1, 10, 'No', 'J-1', SOURCE, '2025-09-05', 'Minimum is a preference, not a cutoff'],
  ['Bayshore Community Radiology', 'FX-2003', 'Tampa', 'FL', 'South', 'Community', 'Both', 2010, 4, 200, 'Hard', 212, 0, 'No', 2, 10, 'No', 'None', SOURCE, '2025-10-14', 'Does not take IMGs'],
  ['Magnolia Springs Medical Center', 'FX-2004', 'Birmingham', 'AL', '', 'Hybrid', 'Categorical', 2002, 5, 210, 'Hard', 219, 38, 'Yes', 1, 10, 'No', 'J-1', SOURCE, '2025-11-03', ''],
  ['Red Clay Regional Imaging', 'FX-2005', 'Atlanta', 'GA', '', 'University', 'Both', 1982, 10, 232, 'Hard', 245, 6, 'Yes', 0, 5, 'Yes', 'H-1B', SOURCE, '2025-08-18', ''],
  ['Juniper Flats Imaging', 'FX-2006', 'San Antonio', 'TX', '', 'Community', 'Categorical', 2011, 3, 'N/A', '', 235, 0.3, 'Yes', 2, 10, 'No', 'None', SOURCE, '2025-09-28', 'Sponsors no visas'],
  ['Pelican Point Radiology', 'FX-2007', 'New Orleans', 'LA', '', 'Community', 'Advanced', 1994, 4, 205, 'Hard', 213, 50, 'Yes', 1, 10, 'Yes', 'J-1', SOURCE, '2025-10-22', 'Requires US clinical experience'],
  ['Briarwood Medical Center', 'FX-2008', 'Charlotte', 'NC', '', 'University', 'Categorical', 1988, 8, 'N/A', 'Preferred', 234, 12, 'Yes', 1, 7, 'No', 'J-1', SOURCE, '2025-07-30', ''],
  ['Sweetgum Valley Hospital', 'FX-2009', 'Louisville', 'KY', '', 'Community', 'Categorical', 2022, 2, '', '', '', 'N/A', '', '', '', '', '', SOURCE, '2025-10-30', 'New; little data yet'],
  ['Tidewater Coastal Radiology', 'FX-2010', 'Norfolk', 'VA', '', 'Hybrid', 'Both', 1997, 6, 220, 'Preferred', 228, '15%', 'Yes', 1, 8, 'No', 'H-1B', SOURCE, '2023-02-10', 'Last checked long ago'],
  // Northeast
  ['Silver Pine Imaging Residency', 'FX-3001', 'Boston', 'MA', '', 'Academic', 'Categorical', 1975, 10, 235, 'Hard', 248, 5, 'No', 0, 3, 'Yes', 'H-1B', SOURCE, '2025-09-09', ''],
  ['Northgate Valley Radiology', 'FX-3002', 'Philadelphia', 'PA', '', 'University', 'Categorical', 1980, 8, 230, 'Hard', 242, 10, 'Yes', 1, 5, 'Yes', 'J-1', SOURCE, '2025-08-21', ''],
  ['Granite Ledge Medical Center', 'FX-3003', 'Manchester', 'NH', 'Northeast', 'Community', 'Both', 2000, 4, 210, 'Hard', 238, 33, 'Yes', 1, 10, 'No', 'J-1', SOURCE, '2025-10-01', ''],
  ['Hudson Bend Health Radiology', 'FX-3004', 'Albany', 'NY', '', 'Hybrid', 'Advanced', 1993, 6, 'N/A', '', 229, 22, 'Yes', 1, 8, 'No', 'Both', SOURCE, '2025-09-17', ''],
  ['Beacon Hill Harbor Imaging', 'FX-3005', 'Providence', 'RI', '', 'University', 'Categorical', 1984, 7, 220, 'Preferred', 244, 7, 'Yes', 1, 5, 'Yes', 'H-1B', SOURCE, '2025-08-11', ''],
  ['Maple Crossing Regional', 'FX-3006', 'Newark', 'NJ', '', 'Community', 'Categorical', 2024, 2, '', '', '', 0.4, 'Yes', '', '', '', 'J-1', SOURCE, '2025-11-12', 'New program'],
  ['Stonewall Falls Radiology', 'FX-3007', 'Hartford', 'CT', '', 'University', 'Both', 1978, 9, 228, 'Hard', 246, 4, 'Yes', 0, 3, 'Yes', 'None', SOURCE, '2025-09-25', ''],
  ['Pinecrest Valley Hospital', 'FX-3008', 'Burlington', 'VT', '', 'Community', 'Categorical', 2003, 3, 205, 'Hard', 215, 35, 'Yes', 2, 10, 'No', 'J-1', SOURCE, '2025-10-19', ''],
  ['Ironbridge Medical Center', 'FX-3009', 'Pittsburgh', 'PA', '', 'Academic', 'Advanced', 1986, 8, 'N/A', '', 241, 9, 'Yes', 1, 5, 'No', 'H-1B', SOURCE, '2025-07-22', ''],
  ['Coldwater Cove Radiology', '', 'Portland', 'ME', '', 'Community', 'Both', 2006, 3, 200, 'Hard', 210, 42, 'Y', 2, 10, 'No', 'J-1', SOURCE, '2025-10-08', 'No ID yet'],
  // West
  ['Mesa Alta Community Radiology', 'FX-4001', 'Tucson', 'AZ', '', 'Community', 'Categorical', 2007, 4, 210, 'Hard', 236, 28, 'Yes', 1, 10, 'No', 'J-1', SOURCE, '2025-09-03', ''],
  ['Sierra Glen Medical Center', 'FX-4002', 'Sacramento', 'CA', 'West', 'University', 'Both', 1983, 9, 235, 'Hard', 247, 3, 'No', 0, 5, 'Yes', 'H-1B', SOURCE, '2025-08-26', ''],
  ['Cascade Hollow Imaging', 'FX-4003', 'Spokane', 'WA', '', 'Hybrid', 'Categorical', 1995, 5, 'N/A', '', 228, 18, 'Yes', 1, 8, 'No', 'J-1', SOURCE, '2025-10-16', ''],
  ['Redrock Basin Radiology', 'FX-4004', 'Albuquerque', 'NM', '', 'Community', 'Advanced', 2009, 3, 205, 'Hard', 245, 37, 'Yes', 1, 10, 'No', 'Both', SOURCE, '2025-09-30', ''],
  ['Golden Poppy Health Imaging', 'FX-4005', 'Fresno', 'CA', '', 'Community', 'Categorical', 2021, 3, '', '', 242, '30%', 'Yes', 1, 10, 'Yes', 'J-1', SOURCE, '2025-11-06', 'New program'],
  ['Aspen Meadow Medical Center', 'FX-4006', 'Denver', 'CO', '', 'University', 'Categorical', 1981, 8, 226, 'Hard', 243, 5, 'Yes', 1, 5, 'Yes', 'J-1', SOURCE, '2025-08-14', ''],
  ['Salt Flats Regional Radiology', 'FX-4007', 'Salt Lake City', 'UT', '', 'Hybrid', 'Both', 1992, 6, 215, 'Preferred', 232, 14, 'Yes', 1, 7, 'No', 'H-1B', SOURCE, '2025-09-19', ''],
  ['Evergreen Sound Radiology', 'FX-4008', 'Tacoma', 'WA', '', 'Academic', 'Categorical', 1977, 10, 'N/A', '', 250, 2, 'Yes', 0, 3, 'Yes', 'H-1B', SOURCE, '2025-07-28', ''],
  ['Desert Bloom Medical Center', 'FX-4009', 'Las Vegas', 'NV', '', 'Community', 'Both', 2013, 4, 'N/A', '', 240, 0.45, 'TRUE', 2, 10, 'No', 'None', SOURCE, '2025-10-27', ''],
  ['Willamette Ridge Imaging', 'FX-4010', 'Eugene', 'OR', '', 'University', 'Advanced', 1989, 6, 'N/A', '', 236, 11, 'Yes', 1, 7, 'No', 'J-1', SOURCE, '2025-09-14', ''],
];
