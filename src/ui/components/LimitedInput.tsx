/** A text field with its limit and a visible counter; over-long text is shown, never cut. */
import { Field, Input, Textarea } from "@fluentui/react-components";
import { LIMITS, textLength, type LimitedField } from "../../domain/limits";
import { useLocale } from "../i18n";

export interface LimitedInputProps {
	readonly field: LimitedField;
	readonly label: string;
	readonly value: string;
	readonly onChange: (value: string) => void;
	readonly multiline?: boolean;
	readonly placeholder?: string;
	readonly required?: boolean;
	readonly error?: string | undefined;
	readonly name?: string;
	/** Visible lines of a multiline field. */
	readonly rows?: number;
}

export function LimitedInput(props: LimitedInputProps) {
	const { t } = useLocale();
	const max = LIMITS[props.field];
	const length = textLength(props.value.trim());
	const over = length > max;
	const message = props.error ?? (over ? t("errTooLong", { max }) : undefined);
	return (
		<Field
			label={props.label}
			required={props.required ?? false}
			validationState={message ? "error" : "none"}
			validationMessage={message}
			hint={t("charCount", { n: length, max })}
		>
			{props.multiline ? (
				<Textarea
					name={props.name}
					value={props.value}
					placeholder={props.placeholder}
					onChange={(_, d) => props.onChange(d.value)}
					resize="vertical"
					rows={props.rows}
				/>
			) : (
				<Input
					name={props.name}
					value={props.value}
					placeholder={props.placeholder}
					onChange={(_, d) => props.onChange(d.value)}
				/>
			)}
		</Field>
	);
}
