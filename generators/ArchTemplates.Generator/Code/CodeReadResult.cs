using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;

namespace ArchTemplates.Generator.Code;

/// <summary>What one attribute application declared, and the problems found in it.</summary>
internal sealed record CodeReadResult<T>(EquatableArray<Declared<T>> Items, EquatableArray<DiagnosticInfo> Diagnostics)
    where T : System.IEquatable<T>
{
    public static readonly CodeReadResult<T> Empty = new(EquatableArray<Declared<T>>.Empty, EquatableArray<DiagnosticInfo>.Empty);
}

/// <summary>Names the code uses before the project's own container is known.</summary>
internal static class CodeConventions
{
    /// <summary>Stands for "the container this project declares" until the project's declarations are assembled.</summary>
    public const string OwnContainer = "\u0000own-container";
}
