using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ArchTemplates.Build.Tasks;

/// <summary>
/// Writes the documentation the generator compiled into <see cref="Assembly"/> — the Markdown document to
/// <see cref="DocumentPath"/> and each data model's schema into <see cref="SchemasDirectory"/> — keeping the
/// document's hand-written blocks. With <see cref="Check"/> it writes nothing and fails when the files on
/// disk differ from what it would write (the drift check for CI).
/// </summary>
[Component("Documentation Writer", Description = "Writes the document and schemas compiled into the documentation project's assembly: only what changed, atomically, never over a person's file")]
[Relationship(OwnArchitecture.ArchitectureModel.Components.HandWrittenBlocks, "Keeps hand-written text with")]
[Relationship(OwnArchitecture.ArchitectureModel.Components.DriftReport, "Describes what is out of date with")]
public sealed class WriteArchitectureDocs : Task
{

    /// <summary>The compiled assembly of the project that owns the documentation.</summary>
    [Required]
    public string Assembly { get; set; } = string.Empty;

    /// <summary>Where the Markdown document goes (the <c>ArchDocsOutputPath</c> property).</summary>
    [Required]
    public string DocumentPath { get; set; } = string.Empty;

    /// <summary>The folder the data-model schemas go into (the <c>ArchDocsSchemasPath</c> property).</summary>
    [Required]
    public string SchemasDirectory { get; set; } = string.Empty;

    /// <summary>The documentation root, for readable paths in messages.</summary>
    public string Root { get; set; } = string.Empty;

    /// <summary>Only compare (the <c>ArchDocsCheck</c> property): fail when a file is missing, stale or differs.</summary>
    public bool Check { get; set; }

    /// <summary>The files this run created, changed or removed.</summary>
    [Output]
    public ITaskItem[] ChangedFiles { get; private set; } = [];

    /// <inheritdoc />
    public override bool Execute()
    {
        var plan = DocumentationPlan.Create(Assembly, DocumentPath, SchemasDirectory);
        if (plan is null)
        {
            Report("ARCH100", Assembly, 0, "ArchTemplates.Generator did not run in this compilation, so there is no document to write. Check that the project references the ArchTemplates.Generator package and builds with the .NET 10 SDK.");
            return !Log.HasLoggedErrors;
        }

        foreach (var file in plan.ForeignFiles)
        {
            Report("ARCH101", file, 0, NotOurs(plan, file));
        }

        foreach (var orphan in plan.Orphans)
        {
            Report("ARCH102", plan.DocumentPath, orphan.Line, $"This hand-written block belongs under the section '{orphan.Block.Section}', which the document no longer has; it was kept at the end of the document. Move it under an existing section (and change its section=\"...\"), or delete it.");
        }

        foreach (var block in plan.UnclosedBlocks)
        {
            var until = block.NextStartLine is { } next ? $"before the next hand-written block's start marker on line {next}" : "before the end of the file";
            Report("ARCH104", plan.DocumentPath, block.Line, $"The hand-written block that starts on this line has no end marker {until}, so the document was left exactly as it is and not regenerated. Add the line {HandwrittenBlocks.EndMarker} where the block's text ends (a ``` code block left open inside the block hides its end marker too).", error: true);
        }

        if (Check)
        {
            var drift = DriftReport.Describe(plan, Root.Length > 0 ? Root : Path.GetDirectoryName(plan.DocumentPath)!);
            if (drift.Count > 0)
            {
                // One line: MSBuild prints each line of a message as an error of its own.
                Report("ARCH103", plan.DocumentPath, 0, $"The committed architecture documentation is out of date ({string.Join("; ", drift)}). Run `dotnet build` (without -p:ArchDocsCheck=true) and commit the changed files.", error: true);
            }

            return !Log.HasLoggedErrors;
        }

        var changed = new List<ITaskItem>();
        foreach (var file in plan.Files.OrderBy(file => file.Key, System.StringComparer.Ordinal))
        {
            switch (GeneratedFileWriter.Write(file.Key, file.Value))
            {
                case WriteOutcome.Written:
                    Log.LogMessage(MessageImportance.High, "ArchTemplates: wrote {0}", file.Key);
                    changed.Add(new TaskItem(file.Key));
                    break;
                case WriteOutcome.NotOurs:
                    Report("ARCH101", file.Key, 0, NotOurs(plan, file.Key));
                    break;
            }
        }

        foreach (var stale in plan.StaleFiles)
        {
            GeneratedFileWriter.Delete(stale);
            Log.LogMessage(MessageImportance.High, "ArchTemplates: removed {0} (its data model no longer exists)", stale);
            changed.Add(new TaskItem(stale));
        }

        ChangedFiles = [.. changed];
        return !Log.HasLoggedErrors;
    }

    /// <summary>How to adopt a person's file or move it out of the way, in terms that work for its format.</summary>
    private static string NotOurs(DocumentationPlan plan, string file)
        => file == plan.DocumentPath
            ? $"{file} was not generated by ArchTemplates, so it was left untouched. To adopt it, add the line {GeneratedFileMarker.MarkdownComment} after its first line and wrap the text to keep in <!-- archtemplates:handwritten --> ... {HandwrittenBlocks.EndMarker}; or set ArchDocsOutputPath to another path."
            : $"{file} was not generated by ArchTemplates, so it was left untouched. To let the build replace it with the schema generated from the data model, add the line \"$comment\": \"{GeneratedFileMarker.Token}\", right after its opening {{; to keep it, move it out of this folder or set ArchDocsSchemasPath to another folder.";

    private void Report(string code, string file, int line, string message, bool error = false)
    {
        var helpLink = DocumentationContract.HelpLinkBase + code.ToLowerInvariant();
        if (error)
        {
            Log.LogError(null, code, null, helpLink, file, line, 0, 0, 0, message);
        }
        else
        {
            Log.LogWarning(null, code, null, helpLink, file, line, 0, 0, 0, message);
        }
    }
}
