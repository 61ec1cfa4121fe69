using Aliado.Core.People;
using Aliado.Data.Keeping;

namespace Aliado.Data.People;

/// <summary>
/// People made by an import, written in bulk with what a save would add for each: the keys of their
/// e-mails, and the one history line saying where they came from.
/// </summary>
public static class ImportedPeople
{
    public static async Task InsertAsync(AliadoDbContext db, IReadOnlyList<Person> people, string origin, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        await BulkInsert.InsertAsync(db, people, cancellationToken);
        await BulkInsert.InsertAsync(db, [.. people.SelectMany(p => EmailKeys.Keys(p.Emails).Select(k => new PersonEmailKey { WorkspaceId = p.WorkspaceId, PersonId = p.Id, Email = k }))], cancellationToken);
        await BulkInsert.InsertAsync(db, [.. people.Select(p => HistoryRecorder.ImportedLine(db, p, p.Id, origin, now))], cancellationToken);
    }
}
