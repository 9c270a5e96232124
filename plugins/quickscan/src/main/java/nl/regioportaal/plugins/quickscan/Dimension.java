package nl.regioportaal.plugins.quickscan;

/** The five "bollen" of the model, each scored 1–10. The column name is the dimension's name. */
enum Dimension {
    HELP("help"),
    MONEY("money"),
    CLIENT("client"),
    NEIGHBOURHOOD("neighbourhood"),
    TEAM("team");

    final String column;

    Dimension(String column) {
        this.column = column;
    }

    String key() {
        return "quickscan.dimension." + column;
    }
}
