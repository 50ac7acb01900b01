// Uploaded files: what they are for and where their bytes are kept.

export const FILE_PURPOSES = ["business_licence", "cv", "evidence", "consent_scan"] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

export const FILE_BACKENDS = ["database", "disk", "s3"] as const;
export type FileBackend = (typeof FILE_BACKENDS)[number];
