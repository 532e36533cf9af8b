using PaperGraph.Core.Corpus;

namespace PaperGraph.Web.Import;

/// <summary>Uploaded corpus files, streamed to a temporary folder of their own (never held in memory whole) under their
/// own names, so that the importer detects their format from the extension and errors name the file the curator
/// chose. Counts the bytes of all files together against the limit; the folder is deleted on dispose.</summary>
public sealed class UploadedCorpus(long maxBytes) : IDisposable
{
    private const int BufferSize = 81920;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("papergraph-upload-");
    private readonly List<(string Name, string Path)> _files = [];
    private long _bytes;

    public IReadOnlyList<string> Paths => _files.Select(file => file.Path).ToList();

    public int Count => _files.Count;

    /// <summary>Copies <paramref name="content"/> to a file named after <paramref name="fileName"/>.</summary>
    /// <exception cref="UploadTooLargeException">The files so far are over the limit.</exception>
    public async Task AddAsync(string fileName, Stream content, CancellationToken cancellationToken)
    {
        // One subfolder per file: two uploads may share a name.
        var folder = _folder.CreateSubdirectory(_files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var name = SafeName(fileName);
        var path = Path.Combine(folder.FullName, name);
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
        {
            var buffer = new byte[BufferSize];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                _bytes += read;
                if (_bytes > maxBytes)
                {
                    throw new UploadTooLargeException(maxBytes);
                }
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        _files.Add((name, path));
    }

    /// <summary>The name the curator uploaded <paramref name="path"/> under (the path itself when it is no upload).</summary>
    public string NameOf(string path) => _files.FirstOrDefault(file => file.Path == path).Name ?? path;

    /// <summary><paramref name="error"/> naming the uploaded file instead of its temporary copy.</summary>
    public CorpusError Named(CorpusError error) => error with { File = NameOf(error.File) };

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>The last segment of a browser's file name, with no character that could leave the folder.</summary>
    private static string SafeName(string fileName)
    {
        var last = fileName.Split('/', '\\').LastOrDefault(part => part.Length > 0) ?? "";
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string(last.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim();
        if (safe is "" or "." or "..")
        {
            safe = "upload";
        }
        return safe.Length > 200 ? safe[^200..] : safe;
    }
}
