using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ArchTemplates.Generator.Rendering;

/// <summary>A team's own document template (the file named by ArchDocsTemplate).</summary>
internal sealed record CustomTemplate(string Path, string Text);

/// <summary>The rendered document, or the template's errors (then <see cref="Markdown"/> is null).</summary>
internal sealed record RenderResult(string? Markdown, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Renders the architecture document from the model with the default Scriban template shipped in the
/// generator, or a team's own. Scriban runs sandboxed: bounded loops, recursion, output size and time,
/// so a bad template fails with ARCH012 instead of hanging or exhausting the build. A document longer than
/// <see cref="MaxDocumentLength"/> is refused with ARCH018, never cut.
/// </summary>
[Component("Document Renderer", Description = "Renders the document with the Scriban template, sandboxed")]
[Relationship(OwnArchitecture.ArchitectureModel.Components.DiagramWriters, "Draws the diagrams with")]
[Relationship(OwnArchitecture.ArchitectureModel.Components.TextEscaping, "Gives the template its markdown functions from")]
internal static class DocumentRenderer
{
    /// <summary>The most characters a template may write into the document.</summary>
    public const int MaxDocumentLength = 32 * 1024 * 1024;

    private const string DefaultTemplateName = "architecture.md.scriban";

    /// <summary>How long a team's template may take to render unless the generator is given another limit.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    // Parsed once per process: the generator runs on every keystroke in an IDE.
    private static readonly Lazy<Template> DefaultTemplate = new(() => Template.Parse(LoadDefaultTemplate(), DefaultTemplateName));
    private static readonly object CustomTemplateLock = new();
    private static (string Text, Template Template)? _lastCustomTemplate;

    /// <summary>Renders <paramref name="model"/> with <paramref name="custom"/>, or the default template when it is null.</summary>
    /// <param name="model">The merged architecture.</param>
    /// <param name="custom">A team's own template, if any.</param>
    /// <param name="schemasFolder">Where the schema files go, relative to the documentation root (the document links to them).</param>
    /// <param name="timeout">How long a team's template may take to render; then it stops with ARCH012.</param>
    /// <param name="cancellationToken">The generator's cancellation.</param>
    public static RenderResult Render(ArchitectureModel model, CustomTemplate? custom, string schemasFolder, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var template = custom is null ? DefaultTemplate.Value : ParseCustom(custom);
        if (template.HasErrors)
        {
            var errors = template.Messages
                .Where(message => message.Type == ParserMessageType.Error)
                .Select(message => Error(custom!, message.Span, message.Message));
            return new RenderResult(null, errors.ToEquatableArray());
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (custom is not null)
        {
            // The default template only writes the model: a large one takes longer, and must not fail for it.
            limit.CancelAfter(timeout);
        }

        var context = new TemplateContext
        {
            LoopLimit = 1_000_000,
            RecursiveLimit = 64,

            // Past these limits Scriban cuts the output, or a value it writes, and carries on as if nothing
            // happened. The output counts instead, and a document that is too long is refused. A team's template
            // still may not build a text longer than a document (Scriban's string functions check LimitToString);
            // the default template writes the model's texts, whatever their length.
            OutputLimit = 0,
            LimitToString = custom is null ? 0 : MaxDocumentLength,
            CancellationToken = limit.Token,
            NewLine = "\n",
            EnableRelaxedMemberAccess = true,

            // A misspelt variable or member in a template is an error rather than silently empty text.
            StrictVariables = true,
            TryGetMember = MissingMember,
            TemplateLoader = NoIncludes.Instance,
        };
        context.PushGlobal(ScriptModel.From(model, schemasFolder));
        var output = new NormalizedMarkdownOutput(MaxDocumentLength);
        context.PushOutput(output);
        try
        {
            // The text goes to the output pushed above; Render's own return value is only that object's name.
            template.Render(context);
            if (output.IsTooLong)
            {
                var length = output.WrittenLength.ToString("N0", CultureInfo.InvariantCulture);
                return new RenderResult(null, new[] { DiagnosticInfo.Create(DiagnosticDescriptors.DocumentTooLarge, TemplateStart(custom), length, MaxDocumentLength.ToString("N0", CultureInfo.InvariantCulture)) }.ToEquatableArray());
            }

            var markdown = output.Complete();
            if (!output.HasText)
            {
                // An empty document would carry no generated marker, and every later build would take it for a person's file.
                return new RenderResult(null, new[] { DiagnosticInfo.Create(DiagnosticDescriptors.TemplateError, TemplateStart(custom), "the template rendered nothing") }.ToEquatableArray());
            }

            return new RenderResult(markdown, EquatableArray<DiagnosticInfo>.Empty);
        }
        catch (Exception) when (custom is not null && limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Scriban reports the time limit as a cancellation or wrapped in a runtime error, depending on where it
            // stops. Only the generator's own cancellation may escape: a cancellation from here would be CS8785.
            var message = $"rendering took longer than {timeout.TotalSeconds:0.###} seconds";
            return new RenderResult(null, new[] { DiagnosticInfo.Create(DiagnosticDescriptors.TemplateError, TemplateStart(custom), message) }.ToEquatableArray());
        }
        catch (ScriptRuntimeException exception) when (custom is not null)
        {
            return new RenderResult(null, new[] { Error(custom, exception.Span, exception.OriginalMessage) }.ToEquatableArray());
        }
    }

    /// <summary>Where a problem of the whole output is reported: a team's template, or nowhere for the default one.</summary>
    private static LocationInfo? TemplateStart(CustomTemplate? custom)
        => custom is null ? null : LocationInfo.InFile(custom.Path, SourceText.From(custom.Text), 1, 1, 0);

    /// <summary>Called when an object has no member of that name; a key set to null is a member.</summary>
    private static bool MissingMember(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        // array.sort "name.size" asks for the whole path first and then walks it; a member itself has no dot.
        if (member.IndexOf('.') >= 0)
        {
            value = null;
            return false;
        }

        var kind = target switch
        {
            string => "text",
            System.Collections.IList => "list",
            _ => "object",
        };
        var members = context.GetMemberAccessor(target).GetMembers(context, span, target).OrderBy(name => name, StringComparer.Ordinal);
        throw new ScriptRuntimeException(span, $"`{member}` is not a member of this {kind}; its members are: {string.Join(", ", members)}");
    }

    /// <summary>
    /// A generator may read only the files the build hands it, and the template is one of them: an
    /// <c>include</c> is an error that says so, rather than Scriban's note that no loader is registered.
    /// </summary>
    private sealed class NoIncludes : ITemplateLoader
    {
        public static readonly NoIncludes Instance = new();

        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
            => throw new ScriptRuntimeException(callerSpan, $"`include '{templateName}'` is not supported: a document template is one file (define reusable parts in it with `func`)");

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => throw new NotSupportedException();

        public System.Threading.Tasks.ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => throw new NotSupportedException();
    }

    private static Template ParseCustom(CustomTemplate custom)
    {
        lock (CustomTemplateLock)
        {
            if (_lastCustomTemplate is { } cached && cached.Text == custom.Text)
            {
                return cached.Template;
            }

            var parsed = Template.Parse(custom.Text.Replace("\r\n", "\n"), custom.Path);
            _lastCustomTemplate = (custom.Text, parsed);
            return parsed;
        }
    }

    private static DiagnosticInfo Error(CustomTemplate custom, SourceSpan span, string message)
    {
        // Scriban counts lines and columns from zero.
        var location = LocationInfo.InFile(custom.Path, SourceText.From(custom.Text), span.Start.Line + 1, span.Start.Column + 1, Math.Max(1, span.End.Offset - span.Start.Offset + 1));
        return DiagnosticInfo.Create(DiagnosticDescriptors.TemplateError, location, message);
    }

    private static string LoadDefaultTemplate()
    {
        using var stream = typeof(DocumentRenderer).Assembly.GetManifestResourceStream("ArchTemplates.Templates." + DefaultTemplateName)
            ?? throw new InvalidOperationException($"The embedded template '{DefaultTemplateName}' is missing from the generator assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
