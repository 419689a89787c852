using ArchTemplates.Generator.Emit;
using Microsoft.CodeAnalysis.CSharp;

namespace ArchTemplates.Generator.Tests.Emit;

/// <summary>The generator's own string-literal writer must write exactly what Roslyn writes, for any text.</summary>
public sealed class CSharpWriterTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain ASCII text")]
    [InlineData("quotes \" and backslashes \\ and \\\" together")]
    [InlineData("line\nbreaks\r\nand\ttabs\n")]
    [InlineData("controls \0 \a \b \f \v \u0001 \u001f \u007f \u0085")]
    [InlineData("non-ASCII: café — naïve ✓ 中文")]
    [InlineData("separators \u2028 and \u2029, a BOM \ufeff, an unassigned \u0378")]
    [InlineData("a pair 😀, a lone high \ud800 and a lone low \udc00 surrogate")]
    [InlineData("\u00e9\"\u2028\\\u0000")]
    public void Literal_is_what_Roslyn_writes(string text)
        => Assert.Equal(SymbolDisplay.FormatLiteral(text, quote: true), CSharpWriter.Literal(text));

    [Fact]
    public void Literal_reads_back_as_the_same_text()
    {
        var text = string.Concat(System.Linq.Enumerable.Range(0, 0x3000).Select(code => (char)code));
        var parsed = SyntaxFactory.ParseExpression(CSharpWriter.Literal(text));
        Assert.Equal(text, ((Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax)parsed).Token.ValueText);
    }
}
