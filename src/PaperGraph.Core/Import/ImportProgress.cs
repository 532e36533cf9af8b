namespace PaperGraph.Core.Import;

/// <summary>Where an import stands, reported after each batch and each file.</summary>
/// <param name="File">The file being read.</param>
/// <param name="RecordsRead">Records read so far over all files, good and rejected.</param>
/// <param name="PapersWritten">Papers stored so far.</param>
/// <param name="Rejected">Records rejected so far.</param>
public sealed record ImportProgress(string File, int RecordsRead, int PapersWritten, int Rejected);
