// Demo seed data for AccessWork (无碍就业). Every organisation and opening is
// fictitious and marked as demo data; see db/seed-data/ for the content.
import { seedOpenings as baseOpenings } from "./seed-data/openings";
import { workflowOpenings } from "./seed-data/partner-workflow";

export { seedOrganisations } from "./seed-data/organisations";
export { seedCertificates } from "./seed-data/certificates";
export { seedReports, seedRevisions } from "./seed-data/partner-workflow";
export { demoLicencePdf, seedVerificationRequests } from "./seed-data/licence-pdf";
export const seedOpenings = [...baseOpenings, ...workflowOpenings];
export { seedCriteria, seedCriteriaVersions } from "./seed-data/criteria";
