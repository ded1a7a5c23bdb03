/// One colour per finding type, the same in the chart, the filter and the findings table, so a person can follow a
/// type by colour. Picked to stay apart on white and for the common forms of colour blindness; the label is always
/// beside the colour, so nothing depends on colour alone.
enum HTMLPalette {
    private static let colours = [
        "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
        "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173",
    ]

    static func colour(of type: FindingType) -> String {
        let index = FindingType.allCases.firstIndex(of: type) ?? 0
        return colours[index % colours.count]
    }
}
