using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArchTemplates.Generator.Tests.Scenarios;

/// <summary>
/// Every text of a model, from architecture.yml and from attributes, set to a hostile string (quotes, pipes,
/// Mermaid's and Markdown's special characters, HTML, line breaks, non-ASCII, emoji, right-to-left text): the
/// generated code compiles, every diagram renders in the real Mermaid and draws each text as written, and a
/// real Markdown parser reads the same headings and tables as in the same model with plain texts.
/// </summary>
public sealed partial class HostileTextDocumentTests(HostileTextDocumentTests.Rendered rendered) : IClassFixture<HostileTextDocumentTests.Rendered>
{
    private static readonly string[] Corpus =
    [
        "Say \"hi\" and 'bye'",
        "a | b || c \\| d",
        "semi; colon: and #hash C# #35; #quot; &amp;",
        "100% done %% comment %%{init: {'theme':'dark'}}%%",
        "a --> b -> c ->> d -) e --x f",
        "<b>bold</b> <br> <script>x</script> &lt;i&gt;",
        "`tick` ``` fence\n```\n~~~ after",
        "[link](http://example.com) {braces} (parens) [[x]] !",
        "first line\nsecond line\r\nthird",
        "Ünïcödé — ÅÄÖ ß 日本語",
        "🚀 rocket 👩‍💻 coder",
        "עברית مرحبا RTL",
        "*stars* _under_ ~strike~ \\back\\slash",
        "end alt else loop opt note participant",
        "1. one - two + three > quote",
        "trailing hashes ##",
    ];

    /// <summary>What each text is and where it lands; the index is the text's number.</summary>
    private static readonly Field[] Fields =
    [
        new("title", Place.Encoded | Place.Plain),
        new("summary", Place.Prose),
        new("style justification", Place.Prose),
        new("person name", Place.Shape | Place.Encoded | Place.Plain),
        new("person description", Place.Shape | Place.Prose),
        new("external system name", Place.Shape | Place.Plain),
        new("external system description", Place.Shape | Place.Prose),
        new("external system technology", Place.Plain),
        new("container name", Place.Shape | Place.Encoded | Place.Plain),
        new("container description", Place.Shape | Place.Prose),
        new("container technology", Place.Shape | Place.Plain),
        new("database name", Place.Shape | Place.Encoded | Place.Plain),
        new("database description", Place.Shape | Place.Prose),
        new("database technology", Place.Shape | Place.Plain),
        new("component name", Place.Shape | Place.Plain),
        new("component description", Place.Shape | Place.Prose),
        new("component technology", Place.Shape | Place.Plain),
        new("person relationship description", Place.Encoded | Place.Prose),
        new("person relationship technology", Place.Encoded | Place.Plain),
        new("container relationship description", Place.Encoded | Place.Prose),
        new("container relationship technology", Place.Encoded | Place.Plain),
        new("technology name", Place.Plain),
        new("technology version", Place.Plain),
        new("technology description", Place.Prose),
        new("sequence name", Place.Plain),
        new("sequence description", Place.Prose),
        new("message", Place.Encoded),
        new("alt condition", Place.Encoded),
        new("message in alt", Place.Encoded),
        new("else condition", Place.Encoded),
        new("reply in else", Place.Encoded),
        new("loop condition", Place.Encoded),
        new("async message in loop", Place.Encoded),
        new("note", Place.Encoded),
        new("testing summary", Place.Prose),
        new("framework name", Place.Plain),
        new("framework version", Place.Plain),
        new("framework description", Place.Prose),
        new("setup step command", Place.Code),
        new("architectural pattern", Place.Prose),
        new("setup step title", Place.Plain),
        new("setup step description", Place.Prose),
        new("testing requirement", Place.Prose),
        new("infrastructure summary", Place.Prose),
        new("resource name", Place.Plain),
        new("resource purpose", Place.Prose),
        new("ci/cd", Place.Prose),
        new("folder description", Place.Code),
        new("change date", Place.Plain),
        new("change version", Place.Plain),
        new("change description", Place.Prose),
        new("change author", Place.Plain),
        new("data model name", Place.Plain),
        new("data model description", Place.Prose),
        new("api description", Place.Prose),
        new("api route", Place.Plain),
        new("api responses", Place.Prose),
    ];

    [Flags]
    private enum Place
    {
        /// <summary>Drawn in a C4 element shape (label, technology or description).</summary>
        Shape = 1,

        /// <summary>Drawn in a diagram as a title, boundary, relationship label or sequence text.</summary>
        Encoded = 2,

        /// <summary>Plain text in the Markdown (a heading, a table cell, a list item): read back exactly.</summary>
        Plain = 4,

        /// <summary>Markdown as written (a description): kept, and kept inside its cell.</summary>
        Prose = 8,

        /// <summary>In a code block: kept verbatim.</summary>
        Code = 16,
    }

    private static string Hostile(int index) => $"{Corpus[index % Corpus.Length]} n{index}";

    private static string Plain(int index) => $"p{index:00}q";

    [Fact]
    public void The_generator_reports_nothing_and_the_generated_code_compiles_cleanly()
    {
        Assert.Empty(rendered.Hostile.Diagnostics);
        Assert.Empty(rendered.Hostile.OutputCompilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        Assert.Contains($"public const string Title = {SymbolDisplay.FormatLiteral(Hostile(0), quote: true)};", rendered.Hostile.Source("ArchitectureModel.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_diagram_renders_and_draws_each_text_as_written()
    {
        Assert.Equal(["C4Context", "C4Container", "C4Component", "C4Component", "sequenceDiagram"], rendered.Blocks.Select(block => block.Kind));
        Assert.All(rendered.Blocks, block => Assert.True(block.Ok, $"The {block.Kind} block at line {block.Line} does not render: {block.Error}"));

        var drawn = Drawn(string.Concat(rendered.Blocks.SelectMany(block => MermaidCheck.TextsOf(block.Svg!))));
        var missing = Enumerable.Range(0, Fields.Length)
            .Where(index => (Fields[index].Places & (Place.Shape | Place.Encoded)) != 0)
            .Where(index => !drawn.Contains(Compact(Hostile(index)), StringComparison.Ordinal))
            .Select(index => $"{Fields[index].Name}: {Hostile(index)}")
            .ToList();
        Assert.True(missing.Count == 0, "Not drawn as written:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_headings_are_those_of_the_plain_model_with_each_text_as_written()
    {
        var hostile = rendered.HostileStructure.Headings;
        var plain = rendered.PlainStructure.Headings;

        Assert.Equal(plain.Select(heading => heading.Level), hostile.Select(heading => heading.Level));
        Assert.Equal(plain.Select(heading => AsHostile(heading.Text)), hostile.Select(heading => Flat(heading.Text)));
    }

    [Fact]
    public void Every_table_keeps_its_columns_and_each_plain_text_cell_reads_as_written()
    {
        var hostile = rendered.HostileStructure.Tables;
        var plain = rendered.PlainStructure.Tables;

        Assert.Equal(plain.Count, hostile.Count);
        foreach (var (expected, actual) in plain.Zip(hostile))
        {
            Assert.Equal(expected.Columns, actual.Columns);
            Assert.All(actual.Columns, count => Assert.Equal(actual.Header.Count, count));
            Assert.Equal(expected.Rows.Count, actual.Rows.Count);
            foreach (var (expectedRow, actualRow) in expected.Rows.Zip(actual.Rows))
            {
                foreach (var (expectedCell, actualCell) in expectedRow.Zip(actualRow).Where(cells => !Tokens().Matches(cells.First).Any(token => IsProse(token.Value))))
                {
                    Assert.Equal(AsHostile(expectedCell), Flat(actualCell));
                }
            }
        }
    }

    [Fact]
    public void Code_blocks_keep_their_text_verbatim()
    {
        Assert.Contains(Hostile(38).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\n   ", StringComparison.Ordinal), rendered.HostileDocument.Replace("\r", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("# " + Flat(Hostile(47)), rendered.HostileDocument, StringComparison.Ordinal);
    }

    /// <summary>The plain model's text with each of its texts replaced by the hostile one, as a reader sees it on one line.</summary>
    private static string AsHostile(string plainText)
        => Flat(Tokens().Replace(plainText, token => Hostile(int.Parse(token.Value[1..3], System.Globalization.CultureInfo.InvariantCulture))));

    private static bool IsProse(string token) => Fields[int.Parse(token[1..3], System.Globalization.CultureInfo.InvariantCulture)].Places.HasFlag(Place.Prose);

    private static string Flat(string text) => Whitespace().Replace(text, " ").Trim();

    private static string Compact(string text) => Whitespace().Replace(text, string.Empty);

    /// <summary>
    /// What the diagrams show, compared without whitespace (Mermaid wraps labels). Mermaid 12 cannot draw a
    /// double quote inside a C4 element shape, so those texts carry typographic quotes; and an invisible word
    /// joiner keeps it from reading <c>#35;</c> or <c>%%</c> in one (docs/document-template.md).
    /// </summary>
    private static string Drawn(string text) => Compact(text.Replace("\u2060", string.Empty, StringComparison.Ordinal).Replace('“', '"').Replace('”', '"'));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"p\d\dq")]
    private static partial Regex Tokens();

    private sealed record Field(string Name, Place Places);

    /// <summary>The model with hostile texts and the same model with plain ones, rendered and read back once.</summary>
    public sealed class Rendered : IDisposable
    {
        private readonly TempDirectory _directory = new("hostile-document");

        public Rendered()
        {
            Hostile = Run(HostileTextDocumentTests.Hostile);
            HostileDocument = Hostile.Document();
            var hostilePath = _directory.Combine("hostile.md");
            File.WriteAllText(hostilePath, HostileDocument);
            var plainPath = _directory.Combine("plain.md");
            File.WriteAllText(plainPath, Run(HostileTextDocumentTests.Plain).Document());

            Blocks = MermaidCheck.RenderAll(_directory.Combine("svg"), [hostilePath]);
            HostileStructure = MarkdownCheck.Parse(hostilePath);
            PlainStructure = MarkdownCheck.Parse(plainPath);
        }

        public GeneratorRun Hostile { get; }

        public string HostileDocument { get; }

        public IReadOnlyList<MermaidBlockResult> Blocks { get; }

        public MarkdownStructure HostileStructure { get; }

        public MarkdownStructure PlainStructure { get; }

        public void Dispose() => _directory.Dispose();

        private static GeneratorRun Run(Func<int, string> text)
        {
            string Y(int index) => Yaml(text(index));
            string C(int index) => SymbolDisplay.FormatLiteral(text(index), quote: true);
            var yaml = $$"""
                title: {{Y(0)}}
                status: Draft
                summary: {{Y(1)}}
                style:
                  name: microservices
                  justification: {{Y(2)}}
                people:
                  - name: {{Y(3)}}
                    description: {{Y(4)}}
                externalSystems:
                  - name: {{Y(5)}}
                    description: {{Y(6)}}
                    technology: {{Y(7)}}
                containers:
                  - name: {{Y(11)}}
                    description: {{Y(12)}}
                    technology: {{Y(13)}}
                    kind: database
                components:
                  - name: {{Y(14)}}
                    container: {{Y(8)}}
                    description: {{Y(15)}}
                    technology: {{Y(16)}}
                relationships:
                  - from: {{Y(3)}}
                    to: {{Y(8)}}
                    description: {{Y(17)}}
                    technology: {{Y(18)}}
                  - from: {{Y(8)}}
                    to: {{Y(11)}}
                    description: {{Y(19)}}
                    technology: {{Y(20)}}
                    interaction: async
                technologies:
                  - name: {{Y(21)}}
                    version: {{Y(22)}}
                    description: {{Y(23)}}
                sequences:
                  - name: {{Y(24)}}
                    description: {{Y(25)}}
                    participants: [{{Y(3)}}, {{Y(8)}}, {{Y(11)}}]
                    steps:
                      - { from: {{Y(3)}}, to: {{Y(8)}}, message: {{Y(26)}} }
                      - alt:
                          - when: {{Y(27)}}
                            steps:
                              - { from: {{Y(8)}}, to: {{Y(11)}}, message: {{Y(28)}} }
                          - else: {{Y(29)}}
                            steps:
                              - { from: {{Y(11)}}, to: {{Y(8)}}, message: {{Y(30)}}, kind: reply }
                      - loop: {{Y(31)}}
                        steps:
                          - { from: {{Y(8)}}, to: {{Y(11)}}, message: {{Y(32)}}, kind: async }
                      - { note: {{Y(33)}}, over: [{{Y(3)}}, {{Y(8)}}] }
                testing:
                  summary: {{Y(34)}}
                  frameworks:
                    - name: {{Y(35)}}
                      version: {{Y(36)}}
                      description: {{Y(37)}}
                  requirements:
                    - {{Y(42)}}
                patterns:
                  architectural: [{{Y(39)}}]
                setup:
                  - title: {{Y(40)}}
                    description: {{Y(41)}}
                    command: {{Y(38)}}
                infrastructure:
                  summary: {{Y(43)}}
                  resources:
                    - name: {{Y(44)}}
                      purpose: {{Y(45)}}
                  cicd: {{Y(46)}}
                structure:
                  src: {{Y(47)}}
                changelog:
                  - date: {{Y(48)}}
                    version: {{Y(49)}}
                    description: {{Y(50)}}
                    author: {{Y(51)}}
                """;
            var service = $$"""
                using ArchTemplates;

                [assembly: Container({{C(8)}}, Description = {{C(9)}}, Technology = {{C(10)}})]
                [assembly: Api("GET", {{C(55)}}, Description = {{C(54)}}, Responses = {{C(56)}})]

                namespace Acme.Hostile
                {
                    [DataModel({{C(52)}}, Description = {{C(53)}})]
                    public sealed record Reading(string Id);

                    public sealed class Store
                    {
                        public Microsoft.Data.Sqlite.SqliteConnection? Connection { get; set; }
                    }
                }
                """ + Evidence.LibraryStubs.DatabaseClients;
            return new GeneratorHarness()
                .WithYaml(yaml)
                .WithProperty("TargetFramework", "net10.0")
                .WithListing("d src\nd src/service\n")
                .WithProjectReference(new TestProject("Acme.Hostile", "src/service", string.Empty, service))
                .Run();
        }

        /// <summary>A YAML double-quoted scalar: JSON's escapes are YAML's.</summary>
        private static string Yaml(string text)
        {
            var quoted = new StringBuilder("\"");
            foreach (var character in text)
            {
                quoted.Append(character switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    _ => character.ToString(),
                });
            }

            return quoted.Append('"').ToString();
        }
    }
}
