package org.pireadiness.portfolio;

/** Whether PI is reweighted to 0% for an entity or a TIN/NPI, and the reason shown in reports. */
public record Reweighting(boolean reweighted, String reason) {

	public static final Reweighting NONE = new Reweighting(false, "");
}
