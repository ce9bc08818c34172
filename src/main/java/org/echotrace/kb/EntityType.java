package org.echotrace.kb;

/** What kind of thing an entity is. */
public enum EntityType { PERSON, ORG, PLACE, OUTLET }
