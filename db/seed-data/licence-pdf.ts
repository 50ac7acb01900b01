/**
 * A small, valid one-page PDF standing in for a scanned business licence (or, with another
 * `title`, a scanned consent form) in the demo. It is
 * written by hand (with a correct cross-reference table) so the seed needs no PDF library; the
 * text is ASCII because the built-in PDF fonts have no Chinese glyphs.
 */
export function demoLicencePdf(lines: readonly string[], title = "BUSINESS LICENCE - DEMO ONLY"): Uint8Array {
  const escape = (text: string) => text.replace(/[\\()]/g, (ch) => `\\${ch}`);
  const content = [
    `BT /F1 20 Tf 72 760 Td (${escape(title)}) Tj ET`,
    ...lines.map((line, index) => `BT /F1 12 Tf 72 ${720 - index * 22} Td (${escape(line)}) Tj ET`),
    "0.6 w 60 420 m 552 420 l 552 790 l 60 790 l h S",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/**
 * Licences sent for verification in the demo: one waiting for Mingtu (速答), and one Mingtu approved
 * (安语), so the demo staff account can also see a verification it gave, and suspend it.
 */
export const seedVerificationRequests = [
  {
    status: "pending",
    decided_days_ago: null,
    employer: "suda-online-services",
    partner: "mingtu-employment-centre",
    credit_code: "91410100MA3X7K2Q5B",
    note: "执照上的地址是旧址，我们去年已搬到郑东新区，新地址正在办理变更。",
    days_ago: 2,
    file_name: "速答在线-营业执照.pdf",
    lines: [
      "Name: Zhengzhou Suda Online Services Co., Ltd. (demo)",
      "Unified social credit code: 91410100MA3X7K2Q5B",
      "Type: Limited liability company",
      "Registered: Jinshui District, Zhengzhou, Henan",
      "Business scope: customer service outsourcing, data processing",
      "Issued: 2021-06-18   Term: long-term",
      "This file is sample data for the AccessWork demo.",
    ],
  },
  {
    status: "verified",
    decided_days_ago: 398,
    employer: "anyu-customer-service",
    partner: "mingtu-employment-centre",
    credit_code: "91110108MA6G3HWJX6",
    note: "我们是海淀区的客服外包企业，已有两名残疾员工在家远程工作。",
    days_ago: 400,
    file_name: "安语云客服-营业执照.pdf",
    lines: [
      "Name: Beijing Anyu Cloud Customer Service Technology Co., Ltd. (demo)",
      "Unified social credit code: 91110108MA6G3HWJX6",
      "Type: Limited liability company",
      "Registered: Haidian District, Beijing",
      "Business scope: customer service outsourcing, software services",
      "Issued: 2019-03-12   Term: long-term",
      "This file is sample data for the AccessWork demo.",
    ],
  },
] as const;
