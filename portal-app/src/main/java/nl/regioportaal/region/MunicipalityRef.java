package nl.regioportaal.region;

public record MunicipalityRef(long id, String name) {}
