import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "./ui/button";
import { TextField } from "./ui/text-field";

/** The keyword box and its button: shared by the home page's search and the full search form on /openings. */
export function KeywordFields({ defaultValue, label, hint }: { defaultValue?: string; label: string; hint: string }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id="q"
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
    </>
  );
}

/** The keyword search: a plain GET form to /openings, so it works without JavaScript. */
export function SearchForm(props: { defaultValue?: string; label: string; hint: string }) {
  return (
    <Form method="get" action="/openings" role="search" className="search-form">
      <KeywordFields {...props} />
    </Form>
  );
}
