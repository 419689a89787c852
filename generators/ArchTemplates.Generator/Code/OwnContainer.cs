using ArchTemplates.Generator.Model;

namespace ArchTemplates.Generator.Code;

/// <summary>
/// Stands for "the container this project declares" in what the attribute readers return: a component,
/// relationship or API that names no container belongs to it, but the readers see one attribute at a time.
/// <see cref="ProjectDeclarationsBuilder"/> puts the container's name in its place, or reports ARCH010.
/// </summary>
internal static class OwnContainer
{
    /// <summary>Where a container's name goes; the NUL character keeps it from ever equalling a name someone wrote.</summary>
    public const string Placeholder = "\u0000own-container";

    /// <summary>A reference to the project's own container.</summary>
    public static readonly ElementReference Reference = new(Placeholder);

    public static bool Is(ElementReference reference) => reference == Reference;

    public static bool Is(string? container) => container == Placeholder;
}
