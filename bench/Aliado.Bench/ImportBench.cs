using System.Diagnostics;
using System.Globalization;
using System.Text;
using Aliado.Core.People;
using Aliado.Core.Workspaces;
using Aliado.Data;
using Aliado.Exchange.Contacts;
using Aliado.Features.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Bench;

/// <summary>
/// Imports a generated Google CSV of many contacts through the real import (matching, merging, history,
/// one transaction) and compares its rate with a raw batched insert of the same people, the floor any
/// importer pays. Also imports the file a second time, where every contact merges.
/// </summary>
public static class ImportBench
{
    private const string Header = "First Name,Middle Name,Last Name,Organization Name,Organization Title,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Custom Field 1 - Label,Custom Field 1 - Value";

    public static async Task<int> RunAsync(Func<WorkspaceScope, AliadoDbContext> open, string database, int rows, double targetSeconds)
    {
        var file = Path.Combine(Path.GetTempPath(), $"aliado-import-bench-{Guid.NewGuid():N}.csv");
        try
        {
            await WriteFileAsync(file, rows);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {rows:N0} contacts ({new FileInfo(file).Length / 1024.0 / 1024.0:0.0} MiB, Google CSV)."));

            var raw = await RawInsertAsync(open, file);
            Report("raw batched insert (floor)", rows, raw, null);

            var workspace = await NewWorkspaceAsync(open);
            var (first, created) = await ImportAsync(open, workspace, file);
            Report("import into an empty workspace", rows, first, raw);
            var (second, again) = await ImportAsync(open, workspace, file);
            Report("same file again (all merge)", rows, second, raw);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"created {created.Created:N0}, then {again.Created:N0} created and {again.Merged:N0} merged; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:0} MiB"));
            var ok = first.TotalSeconds <= targetSeconds && again.Created == 0 && created.Created == rows;
            Console.WriteLine(ok ? $"ok (target: {rows:N0} rows in {targetSeconds} s on {database})" : $"MISSED (target: {rows:N0} rows in {targetSeconds} s on {database}, nobody created the second time)");
            return ok ? 0 : 1;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void Report(string name, int rows, TimeSpan elapsed, TimeSpan? floor) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-34} {elapsed.TotalSeconds,7:0.0} s  {rows / elapsed.TotalSeconds,9:N0} rows/s{(floor is { } f ? $"  ({elapsed / f:0.0}× the floor)" : string.Empty)}"));

    private static async Task WriteFileAsync(string file, int rows)
    {
        await using var writer = new StreamWriter(file, false, new UTF8Encoding(false));
        await writer.WriteLineAsync(Header);
        for (var n = 0; n < rows; n++)
        {
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Persona,{(n % 3 == 0 ? "María" : string.Empty)},Número {n:D6},Empresa {n % 500:D3},Jefa de área,1980-{1 + (n % 12):D2}-{1 + (n % 28):D2},\"Met at the fair, row {n}.\nLikes short notes.\",* myContacts,Work,persona{n}@empresa{n % 500}.example,Home,p{n}@home.example,Mobile,+34 600 {n:D6},Assistant,Ana {n % 50}"));
        }
    }

    private static async Task<Guid> NewWorkspaceAsync(Func<WorkspaceScope, AliadoDbContext> open)
    {
        var workspace = new Workspace { Name = "Import bench" };
        await using var db = open(WorkspaceScope.For(workspace.Id));
        db.Workspaces.Add(workspace);
        db.People.Add(Person.Create(workspace.Id, new PersonDraft("Me"), isMe: true));
        await db.SaveChangesAsync();
        return workspace.Id;
    }

    private static async Task<(TimeSpan, ImportSummary)> ImportAsync(Func<WorkspaceScope, AliadoDbContext> open, Guid workspace, string file)
    {
        await using var db = open(WorkspaceScope.For(workspace));
        await using var stream = File.OpenRead(file);
        var watch = Stopwatch.StartNew();
        var summary = await new PeopleImport(db, new Heading(), new Aliado.Platform.OperatorLog(Microsoft.Extensions.Logging.Abstractions.NullLogger<Aliado.Platform.OperatorLog>.Instance)).RunAsync(workspace, ContactFile.Open(stream), dryRun: false, progress: null, CancellationToken.None);
        return (watch.Elapsed, summary);
    }

    /// <summary>The same contacts, parsed the same way, written with one prepared INSERT per person in batches: no matching, no history.</summary>
    private static async Task<TimeSpan> RawInsertAsync(Func<WorkspaceScope, AliadoDbContext> open, string file)
    {
        var workspace = await NewWorkspaceAsync(open);
        await using var db = open(WorkspaceScope.For(workspace));
        var entity = db.Model.FindEntityType(typeof(Person))!;
        var table = entity.GetTableName()!;
        var columns = entity.GetProperties().Select(p => (Property: p, Column: p.GetColumnName(), IsArray: p.GetColumnType().EndsWith("[]", StringComparison.Ordinal))).ToList();
        await using var stream = File.OpenRead(file);
        var watch = Stopwatch.StartNew();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Column}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((_, i) => { var p = insert.CreateParameter(); p.ParameterName = $"@p{i}"; insert.Parameters.Add(p); return p; }).ToList();
        foreach (var contact in ContactFile.Open(stream).Contacts())
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].IsArray ? Array.Empty<string>() : Value(columns[i].Column, columns[i].Property.ClrType, contact, workspace);
            }
            await insert.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
        return watch.Elapsed;
    }

    private static object Value(string column, Type type, Contact contact, Guid workspace) => column switch
    {
        "Id" => Guid.CreateVersion7(),
        "WorkspaceId" => workspace,
        "Name" => contact.DisplayName ?? string.Empty,
        "SearchName" => Core.TextSearch.Normalize(contact.DisplayName),
        "Email" => (object?)contact.Emails.FirstOrDefault()?.Value ?? DBNull.Value,
        "Emails" or "Phones" or "Links" or "Roles" => "[]",
        "SocialStyle" => "Unknown",
        _ when Nullable.GetUnderlyingType(type) is not null || !type.IsValueType && type != typeof(string) => DBNull.Value,
        _ when type == typeof(string) => DBNull.Value,
        _ when type == typeof(DateTime) => DateTime.UtcNow,
        _ when type == typeof(bool) => false,
        _ when type == typeof(Guid) => Guid.Empty,
        _ => Activator.CreateInstance(type)!,
    };

    private sealed class Heading : IStringLocalizer<SharedResource>
    {
        public LocalizedString this[string name] => name == "import.notes-heading" ? new(name, "Imported:") : new(name, name, resourceNotFound: true);

        public LocalizedString this[string name, params object[] arguments] => this[name];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
