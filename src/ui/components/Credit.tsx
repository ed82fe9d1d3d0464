import { Caption1 } from "@fluentui/react-components";
import { useLocale } from "../i18n";

/** The method's credit, as the kit asks. */
export function Credit() {
	const { t } = useLocale();
	return (
		<footer style={{ padding: "12px 16px", opacity: 0.8 }}>
			<Caption1>{t("credit")}</Caption1>
		</footer>
	);
}
