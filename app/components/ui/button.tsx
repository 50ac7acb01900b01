import { Button as AriaButton, type ButtonProps as AriaButtonProps } from "react-aria-components";

/** Visual weight of a button. */
export type ButtonVariant = "primary" | "secondary";

/** React Aria's Button with our styles. Note: it defaults to type="button"; pass type="submit" in forms. */
export function Button({ variant = "primary", className, ...props }: AriaButtonProps & { variant?: ButtonVariant }) {
  return <AriaButton {...props} className={["button", `button--${variant}`, className].filter(Boolean).join(" ")} />;
}
