using ArchTemplates.Generator.Common;

namespace ArchTemplates.Generator.Model;

/// <summary>
/// An architecture decision record as the document shows it: its number (from the file name), title (its first
/// heading), status, date, the record that supersedes it, the elements it concerns and its file, relative to the
/// solution root.
/// </summary>
internal sealed record Decision(int Number, string Title, DecisionStatus Status, string? Date, int? SupersededBy, EquatableArray<string> Elements, string Path)
{
    /// <summary>How the document names it: ADR-0003.</summary>
    public string Id => Identify(Number);

    public static string Identify(int number) => $"ADR-{number:0000}";
}

/// <summary>An element linked in code with a decision record: <c>[Decision(3)]</c> on a component or the assembly.</summary>
internal sealed record DecisionLink(ElementReference Element, int Number);

/// <summary>The statuses MADR gives a decision; a superseded one names the record that replaces it.</summary>
internal enum DecisionStatus
{
    Proposed,
    Accepted,
    Rejected,
    Deprecated,
    Superseded,
}
