import type { SeedCertificate } from "../seed-types";

// Demo certificates: every level, and every public status a seeker may meet
// (valid, expired, revoked, superseded), so the status page and the search filter have something
// real to show.
export const seedCertificates: SeedCertificate[] = [
  {
    // Anyu's first certificate, at level 2, replaced when it reached Inclusion Leader (AW-2025-0001).
    number: "AW-2024-0002",
    employer: "anyu-customer-service",
    reviewer: "guangshan-hexiang-employment-centre",
    level: "accessible_employer",
    status: "superseded",
    criteria_version: "2025.1",
    areas_met: ["recruitment", "accommodations", "digital_tools", "flexible_work", "labour_rights"],
    issued_days_ago: 560,
    valid_days: 730,
    superseded_by: "AW-2025-0001",
  },
  {
    number: "AW-2025-0001",
    employer: "anyu-customer-service",
    reviewer: "mingtu-employment-centre",
    level: "inclusion_leader",
    status: "valid",
    criteria_version: "2025.1",
    areas_met: ["recruitment", "accommodations", "digital_tools", "flexible_work", "labour_rights", "training_progression"],
    issued_days_ago: 210,
    valid_days: 730,
  },
  {
    number: "AW-2025-0003",
    employer: "brightline-annotation",
    reviewer: "guangshan-hexiang-employment-centre",
    level: "accessible_employer",
    status: "valid",
    criteria_version: "2025.1",
    areas_met: ["recruitment", "accommodations", "digital_tools", "flexible_work", "labour_rights"],
    issued_days_ago: 320,
    valid_days: 730,
  },
  {
    number: "AW-2026-0012",
    employer: "zhijian-sign-language",
    reviewer: "tingsong-at-training-centre",
    level: "accessible_employer",
    status: "valid",
    criteria_version: "2026.1",
    areas_met: ["recruitment", "accommodations", "flexible_work", "labour_rights", "training_progression"],
    issued_days_ago: 95,
    valid_days: 730,
  },
  {
    number: "AW-2026-0015",
    employer: "shengjing-qa",
    reviewer: "qingyou-labour-services",
    level: "committed",
    status: "valid",
    criteria_version: "2026.1",
    areas_met: ["recruitment", "digital_tools"],
    issued_days_ago: 40,
    valid_days: 730,
  },
  {
    number: "AW-2023-0004",
    employer: "hemu-data",
    reviewer: "yunzhan-digital-park",
    level: "committed",
    status: "expired",
    criteria_version: "2023.2",
    areas_met: ["recruitment", "flexible_work"],
    issued_days_ago: 800,
    valid_days: 730,
  },
  {
    number: "AW-2024-0009",
    employer: "liqing-electronics",
    reviewer: "qingyou-labour-services",
    level: "accessible_employer",
    status: "revoked",
    criteria_version: "2024.1",
    areas_met: ["recruitment", "accommodations", "labour_rights"],
    issued_days_ago: 500,
    valid_days: 730,
    status_change: {
      days_ago: 60,
      reason_zh:
        "经核实，该企业有 3 名残疾职工只挂名、不实际上岗（挂靠），与认证时提交的在岗证明不符。合作机构已收到并认定相关举报，认证予以撤销。",
      reason_en:
        "Checks found that three disabled employees were on the payroll in name only and never actually worked there (certificate renting, 挂靠). This contradicts the proof of employment given for certification. The partner upheld the reports it received and revoked the certificate.",
    },
  },
];
