namespace ScoGraphQL.Storage.LiteDb;

/// <summary>
/// LiteDB's write-ahead log file ("name-log.db" beside the data file, where LiteDB itself would put it), opened by
/// the store so that the store decides when the log is forced to disk. LiteDB's background writer forces it (fsync)
/// each time its queue runs dry, which during a large transaction is after every page or two: thousands of syncs
/// per seeding batch. While <see cref="DeferSync"/> is set (a bulk load), a flush only hands the pages to the
/// operating system: a killed process loses nothing, a power cut is not covered until the load's final sync.
/// Otherwise every flush is a sync, exactly as LiteDB does it.
/// </summary>
internal sealed class WriteAheadLog : Stream
{
    private readonly FileStream _file;

    public WriteAheadLog(string dataFile)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(dataFile))!,
            System.IO.Path.GetFileNameWithoutExtension(dataFile) + "-log" + System.IO.Path.GetExtension(dataFile));
        // Unbuffered: LiteDB writes whole pages, and reads and writes of one stream interleave under its lock.
        _file = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0, FileOptions.RandomAccess);
    }

    public string Path { get; }

    /// <summary>Flushes hand pages to the operating system only; <see cref="Sync"/> forces them to disk.</summary>
    public bool DeferSync { get; set; }

    public void Sync() => _file.Flush(flushToDisk: true);

    public override void Flush() => _file.Flush(flushToDisk: !DeferSync);

    public override int Read(byte[] buffer, int offset, int count) => _file.Read(buffer, offset, count);

    public override void Write(byte[] buffer, int offset, int count) => _file.Write(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => _file.Seek(offset, origin);

    public override void SetLength(long value) => _file.SetLength(value);

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => true;
    public override long Length => _file.Length;

    public override long Position
    {
        get => _file.Position;
        set => _file.Position = value;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            var empty = _file.Length == 0;
            _file.Dispose();
            if (empty) File.Delete(Path); // as LiteDB does once everything is checkpointed into the data file
        }
        base.Dispose(disposing);
    }
}
