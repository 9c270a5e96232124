package nl.regioportaal.region;

public record ProviderRef(long id, String name) {}
