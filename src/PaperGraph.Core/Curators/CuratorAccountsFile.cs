using System.Text.Json;
using Microsoft.AspNetCore.Identity;

namespace PaperGraph.Core.Curators;

/// <summary>The curator accounts, kept in a small JSON file rather than in the graph store: accounts are not graph data,
/// so one file serves the SQLite and the Neo4j store alike, and password hashes never travel with an export, a sync
/// or a store copy. Passwords are hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>; the file is
/// written whole to a temporary file and moved into place, readable by its owner only, while a lock file keeps two
/// writers from losing each other's change.</summary>
public sealed class CuratorAccountsFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);

    private readonly PasswordHasher<string> _hasher = new();
    private readonly TimeProvider _time;
    // Verified against when a name is unknown, so that a wrong name costs as long as a wrong password.
    private readonly Lazy<string> _decoyHash;
    private readonly Lock _cacheLock = new();
    private (DateTime Written, long Length, IReadOnlyList<CuratorAccount> Accounts)? _cache;

    public CuratorAccountsFile(string path, TimeProvider? time = null)
    {
        Path = System.IO.Path.GetFullPath(path);
        _time = time ?? TimeProvider.System;
        _decoyHash = new(() => _hasher.HashPassword(string.Empty, Guid.NewGuid().ToString()));
    }

    public string Path { get; }

    /// <summary>All accounts, in the order they were added; none when the file does not exist yet.</summary>
    /// <exception cref="InvalidDataException">The file is not an accounts file.</exception>
    public async Task<IReadOnlyList<CuratorAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        var file = new FileInfo(Path);
        if (!file.Exists)
        {
            return [];
        }
        lock (_cacheLock)
        {
            // The web app asks on every request of a signed-in curator; the file changes only when the CLI writes it.
            if (_cache is { } cached && cached.Written == file.LastWriteTimeUtc && cached.Length == file.Length)
            {
                return cached.Accounts;
            }
        }
        var accounts = await ReadAsync(cancellationToken);
        lock (_cacheLock)
        {
            _cache = (file.LastWriteTimeUtc, file.Length, accounts);
        }
        return accounts;
    }

    /// <summary>The account named <paramref name="name"/> (ignoring case), or null.</summary>
    public async Task<CuratorAccount?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        Find(await ListAsync(cancellationToken), name);

    /// <summary>The account when <paramref name="password"/> is its password; null for a wrong password or an unknown name.</summary>
    public async Task<CuratorAccount?> VerifyAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        var account = await FindAsync(name, cancellationToken);
        var result = _hasher.VerifyHashedPassword(name, account?.PasswordHash ?? _decoyHash.Value, password);
        return account is not null && result != PasswordVerificationResult.Failed ? account : null;
    }

    /// <exception cref="CuratorAccountException">The name is not allowed or taken, or the password too short.</exception>
    public async Task<CuratorAccount> AddAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        if ((CuratorNames.Problem(name) ?? CuratorPasswords.Problem(password)) is { } problem)
        {
            throw new CuratorAccountException(problem);
        }
        await using var writing = await LockAsync(cancellationToken);
        var accounts = await ReadAsync(cancellationToken);
        if (Find(accounts, name) is { } existing)
        {
            throw new CuratorAccountException($"a curator named '{existing.Name}' already exists");
        }
        var account = new CuratorAccount(name, _hasher.HashPassword(name, password), _time.GetUtcNow());
        await WriteAsync([.. accounts, account], cancellationToken);
        return account;
    }

    /// <exception cref="CuratorAccountException">No curator has that name.</exception>
    public async Task<CuratorAccount> RemoveAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var writing = await LockAsync(cancellationToken);
        var accounts = await ReadAsync(cancellationToken);
        var account = Find(accounts, name) ?? throw new CuratorAccountException($"there is no curator named '{name}'");
        await WriteAsync([.. accounts.Where(a => a != account)], cancellationToken);
        return account;
    }

    private static CuratorAccount? Find(IEnumerable<CuratorAccount> accounts, string name) =>
        accounts.FirstOrDefault(a => CuratorNames.Comparer.Equals(a.Name, name));

    private async Task<IReadOnlyList<CuratorAccount>> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return [];
        }
        await using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, useAsync: true);
        try
        {
            var document = await JsonSerializer.DeserializeAsync<AccountsDocument>(stream, Json, cancellationToken);
            return document?.Curators ?? throw new InvalidDataException($"{Path} is not a curator accounts file: it has no curators list");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{Path} is not a curator accounts file: {e.Message}", e);
        }
    }

    private async Task WriteAsync(IReadOnlyList<CuratorAccount> accounts, CancellationToken cancellationToken)
    {
        var temporary = Path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        await using (var stream = new FileStream(temporary, options))
        {
            await JsonSerializer.SerializeAsync(stream, new AccountsDocument(accounts), Json, cancellationToken);
        }
        File.Move(temporary, Path, overwrite: true);
    }

    private async Task<FileStream> LockAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var deadline = _time.GetUtcNow() + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(Path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (_time.GetUtcNow() < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            }
        }
    }

    private sealed record AccountsDocument(IReadOnlyList<CuratorAccount> Curators);
}
