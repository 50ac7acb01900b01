import type { ReactNode } from "react";

/** One row of a `<dl className="facts">`: a term and its value, grouped so the row can be laid out as one. */
export function Fact({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className={className}>{children}</dd>
    </div>
  );
}
