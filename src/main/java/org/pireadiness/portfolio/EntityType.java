package org.pireadiness.portfolio;

/**
 * Who submits PI data: the reporting level of a clinician path, and the type of a reporting entity.
 */
public enum EntityType {
	GROUP, VIRTUAL_GROUP, APM_ENTITY, SUBGROUP, INDIVIDUAL
}
