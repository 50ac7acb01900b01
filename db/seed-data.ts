// Demo seed data for AccessWork (无碍就业). Every organisation and opening is
// fictitious and marked as demo data; see db/seed-data/ for the content.
export { seedOrganisations } from "./seed-data/organisations";
export { seedOpenings } from "./seed-data/openings";
export { seedCertificates } from "./seed-data/certificates";
