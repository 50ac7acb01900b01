import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "./ui/button";
import { TextField } from "./ui/text-field";

/** The keyword search: a plain GET form to /openings, so it works without JavaScript. */
export function SearchForm({
  defaultValue,
  label,
  hint,
  id = "q",
}: {
  defaultValue?: string;
  label: string;
  hint: string;
  id?: string;
}) {
  const { t } = useTranslation();
  return (
    <Form method="get" action="/openings" role="search" className="search-form">
      <TextField
        id={id}
        name="q"
        type="search"
        label={label}
        description={hint}
        defaultValue={defaultValue}
        maxLength={200}
        className="search-form__field"
      />
      <Button type="submit" className="search-form__button">
        {t("openings.searchButton")}
      </Button>
    </Form>
  );
}
