using ArchTemplates.Generator.Common;

namespace ArchTemplates.Generator.Model;

/// <summary>The solution's folders (relative, '/'-separated, sorted) with their descriptions, and the files under deploy/.</summary>
internal sealed record ProjectStructure(EquatableArray<FolderDescription> Folders, EquatableArray<string> DeployFiles)
{
    public static readonly ProjectStructure Empty = new(EquatableArray<FolderDescription>.Empty, EquatableArray<string>.Empty);
}
