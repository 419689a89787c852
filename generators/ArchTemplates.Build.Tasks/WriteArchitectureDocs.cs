using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ArchTemplates.Build.Tasks;

/// <summary>
/// Writes the documentation the generator compiled into <see cref="Assembly"/> — the Markdown document to
/// <see cref="DocumentPath"/> and each data model's schema into <see cref="SchemasDirectory"/> — keeping the
/// document's hand-written blocks, and leaving a file a person edited elsewhere as it is, with an error, unless
/// <see cref="DiscardEdits"/>. With <see cref="Check"/> it writes nothing and fails when the files on disk differ
/// from what it would write (the drift check for CI).
/// </summary>
[Component("Documentation Writer", Description = "Writes the document and schemas compiled into the documentation project's assembly: only what changed, atomically, never over a person's file or edits")]
[Relationship(OwnArchitecture.ArchitectureModel.Components.HandWrittenBlocks, "Keeps hand-written text with")]
[Relationship(OwnArchitecture.ArchitectureModel.Components.DriftReport, "Describes what is out of date with")]
[Relationship(OwnArchitecture.ArchitectureModel.Components.EditDetection, "Finds what a person edited outside hand-written blocks with")]
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

    /// <summary>Where the model as JSON goes when the generator exported it (the <c>ArchDocsJsonModelPath</c> property).</summary>
    public string JsonModelPath { get; set; } = string.Empty;

    /// <summary>Where the model as a LikeC4 source goes when the generator exported it (the <c>ArchDocsLikeC4Path</c> property).</summary>
    public string LikeC4Path { get; set; } = string.Empty;

    /// <summary>Where the released model goes when the generator made it (the <c>ArchDocsReleasedModelPath</c> property).</summary>
    public string ReleasedModelPath { get; set; } = string.Empty;

    /// <summary>The documentation root, for readable paths in messages.</summary>
    public string Root { get; set; } = string.Empty;

    /// <summary>Only compare (the <c>ArchDocsCheck</c> property): fail when a file is missing, stale or differs.</summary>
    public bool Check { get; set; }

    /// <summary>
    /// Regenerate (or remove) files a person edited outside hand-written blocks anyway, losing the edits (the
    /// <c>ArchDocsDiscardEdits</c> property); otherwise such a file is left as it is and the build fails.
    /// </summary>
    public bool DiscardEdits { get; set; }

    /// <summary>The files this run created, changed or removed.</summary>
    [Output]
    public ITaskItem[] ChangedFiles { get; private set; } = [];

    /// <inheritdoc />
    public override bool Execute()
    {
        var plan = DocumentationPlan.Create(Assembly, DocumentPath, SchemasDirectory, new ExportPaths(JsonModelPath, LikeC4Path, ReleasedModelPath), DiscardEdits);
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

        if (!DiscardEdits)
        {
            foreach (var edit in plan.HandEdits)
            {
                Report("ARCH105", edit.Path, edit.Line ?? 0, Edited(plan, edit), error: true);
            }
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

        foreach (var edit in plan.HandEdits)
        {
            Log.LogMessage(MessageImportance.High, "ArchTemplates: discarding the edits made by hand in {0} (ArchDocsDiscardEdits=true)", edit.Path);
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
            : file == plan.Exports.JsonModel
            ? $"{file} was not generated by ArchTemplates, so it was left untouched. To let the build replace it with the model as JSON, delete it or add the line \"$comment\": \"{GeneratedFileMarker.Token}\", right after its opening {{; to keep it, set ArchDocsJsonModelPath to another path."
            : file == plan.Exports.ReleasedModel
            ? $"{file} was not generated by ArchTemplates, so it was left untouched and the Change Log compares with it as it is. To let the build record the released model there, delete it and build with -p:ArchDocsRelease=true; to keep it, set ArchDocsReleasedModelPath to another path."
            : file == plan.Exports.LikeC4
            ? $"{file} was not generated by ArchTemplates, so it was left untouched. To let the build replace it with the model as LikeC4, delete it or make its first line // {GeneratedFileMarker.Token}; to keep it, set ArchDocsLikeC4Path to another path."
            : $"{file} was not generated by ArchTemplates, so it was left untouched. To let the build replace it with the schema generated from the data model, add the line \"$comment\": \"{GeneratedFileMarker.Token}\", right after its opening {{; to keep it, move it out of this folder or set ArchDocsSchemasPath to another folder.";

    /// <summary>Why a file a person edited was left as it is, and the ways out for its kind.</summary>
    private static string Edited(DocumentationPlan plan, HandEdit edit)
    {
        const string Discard = "build once with -p:ArchDocsDiscardEdits=true";
        if (edit.Path == plan.DocumentPath)
        {
            return $"{edit.Path} was edited outside its hand-written blocks since the build wrote it (this is the first line that differs from the document the build would write), so the build leaves it exactly as it is instead of regenerating it and losing the edit. To keep the text, move it into a hand-written block (between <!-- archtemplates:handwritten --> and {HandwrittenBlocks.EndMarker}). Then, or to discard the edits, {Discard}: it regenerates the text outside the blocks and keeps the blocks (deleting the file would lose them too).";
        }

        if (edit.Path == plan.Exports.ReleasedModel)
        {
            return $"{edit.Path} was edited since the build wrote it (this is the first line that differs from the model the build would release), so the build leaves it exactly as it is. It is the model as released, which the Change Log's Unreleased rows compare with: to record the current model as released, {Discard} -p:ArchDocsRelease=true.";
        }

        if (edit.Path == plan.Exports.JsonModel || edit.Path == plan.Exports.LikeC4)
        {
            return $"{edit.Path} was edited since the build wrote it (this is the first line that differs from the export the build would write), so the build leaves it exactly as it is instead of regenerating it and losing the edit. The export is the model: make the change in the code or architecture.yml, then discard the edits: delete the file or {Discard}.";
        }

        return edit.Line is null
            ? $"{edit.Path} was edited since the build wrote it and its data model no longer exists, so the build keeps it instead of removing it. To keep it as a file of your own, remove {GeneratedFileMarker.Token} from its \"$comment\"; to discard it, delete it or {Discard}."
            : $"{edit.Path} was edited since the build wrote it (this is the first line that differs from the schema the build would write), so the build leaves it exactly as it is instead of regenerating it and losing the edit. The schema is generated from its data model: make the change in the C# type, then discard the edits: delete the file or {Discard}. To keep a schema of your own, move it out of the schemas folder.";
    }

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
