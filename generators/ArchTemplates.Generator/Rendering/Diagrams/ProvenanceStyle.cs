namespace ArchTemplates.Generator.Rendering.Diagrams;

/// <summary>
/// How the diagrams tell provenance apart. Mermaid's C4 diagrams can colour a relationship (<c>UpdateRelStyle</c>)
/// but not dash it, so colour it is; the document's legend (<see cref="Legend"/>) says what each colour means.
/// </summary>
internal static class ProvenanceStyle
{
    public const string Verified = "#2e7d32";
    public const string Inferred = "#1565c0";

    /// <summary>The legend of the diagrams' relationship colours, as the script model hands it to the template.</summary>
    public const string Legend = "In the diagrams, a green relationship is verified (declared and found in the code), a blue one is inferred from the code (found, not declared), and one in the default colour is declared only.";

    /// <summary>The colour of a relationship line and label; null for the default (declared only).</summary>
    public static string? Colour(Provenance provenance) => provenance switch
    {
        Provenance.Verified => Verified,
        Provenance.Inferred => Inferred,
        _ => null,
    };
}
