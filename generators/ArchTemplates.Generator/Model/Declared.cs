using ArchTemplates.Generator.Diagnostics;

namespace ArchTemplates.Generator.Model;

/// <summary>
/// An element together with where it was declared. Merging reports problems at that location; the merged
/// model keeps only the element, so a declaration that merely moved leaves the model, the document and
/// the generated code untouched.
/// </summary>
internal sealed record Declared<T>(T Element, LocationInfo? Location)
    where T : System.IEquatable<T>;
