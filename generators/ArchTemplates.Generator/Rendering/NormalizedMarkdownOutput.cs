using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Scriban.Runtime;

namespace ArchTemplates.Generator.Rendering;

/// <summary>
/// Where a template writes the document, normalized line by line as the text arrives, whatever template
/// produced it: LF line endings, no trailing spaces, no runs of blank lines outside code blocks, one final
/// newline, and the generated-file marker right after the first line. The document can be megabytes: writing
/// it once, already normalized, spares Scriban's own copy of it and a second pass over that copy.
/// </summary>
internal sealed class NormalizedMarkdownOutput : IScriptOutput
{
    private readonly long _maxLength;
    private readonly StringBuilder _document = new();
    private readonly CodeFences _fences = new();
    private char[] _line = new char[256];
    private int _lineLength;
    private bool _previousBlank = true;
    private bool _first = true;

    /// <param name="maxLength">The most characters the template may write; past them the text is only counted.</param>
    public NormalizedMarkdownOutput(long maxLength)
    {
        _maxLength = maxLength;
    }

    /// <summary>Whether anything but white space has been written (the last line counts once <see cref="Complete"/> has ended it).</summary>
    public bool HasText { get; private set; }

    /// <summary>How many characters the template wrote, before normalization.</summary>
    public long WrittenLength { get; private set; }

    /// <summary>Whether the template wrote more than the most it may: the document is incomplete and must not be used.</summary>
    public bool IsTooLong => WrittenLength > _maxLength;

    public void Write(string text, int offset, int count)
    {
        WrittenLength += count;
        if (IsTooLong)
        {
            return;
        }

        var end = offset + count;
        while (offset < end)
        {
            var newline = text.IndexOf('\n', offset, end - offset);
            var lineEnd = newline < 0 ? end : newline;
            AppendToLine(text, offset, lineEnd - offset);
            if (newline < 0)
            {
                return;
            }

            EndLine();
            offset = newline + 1;
        }
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return default;
    }

    /// <summary>The normalized document: the last line ended, and exactly one newline at the end.</summary>
    public string Complete()
    {
        if (_lineLength > 0)
        {
            EndLine();
        }

        // Trimmed in place: every copy of a document this size is a large object.
        while (_document.Length > 0 && _document[_document.Length - 1] == '\n')
        {
            _document.Length--;
        }

        return _document.Append('\n').ToString();
    }

    private void AppendToLine(string text, int offset, int count)
    {
        if (_lineLength + count > _line.Length)
        {
            System.Array.Resize(ref _line, System.Math.Max(_line.Length * 2, _lineLength + count));
        }

        text.CopyTo(offset, _line, _lineLength, count);
        _lineLength += count;
    }

    private void EndLine()
    {
        var length = _lineLength;
        while (length > 0 && char.IsWhiteSpace(_line[length - 1]))
        {
            length--;
        }

        _lineLength = 0;
        var start = 0;
        while (start < length && char.IsWhiteSpace(_line[start]))
        {
            start++;
        }

        // Only a line that starts with a backtick or tilde can open or close a code block.
        var inFence = start < length && _line[start] is '`' or '~' ? _fences.Read(new string(_line, 0, length)) : _fences.IsOpen;
        var blank = length == 0;
        if (blank && _previousBlank && !inFence)
        {
            return;
        }

        HasText |= !blank;
        _document.Append(_line, 0, length).Append('\n');
        if (_first)
        {
            _document.Append(GeneratedFileMarker.MarkdownComment).Append('\n');
            _first = false;
        }

        _previousBlank = blank;
    }
}
