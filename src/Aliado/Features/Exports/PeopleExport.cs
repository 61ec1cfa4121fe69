using System.Text;
using Aliado.Data;
using Aliado.Exchange.Contacts;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Exports;

/// <summary>
/// Every person of the workspace as vCard 4.0 or CSV, streamed from one query straight to the response:
/// an export of 100,000 people is never built in memory.
/// </summary>
public static class PeopleExport
{
    private static readonly string[] _columns =
        ["Id", "Name", "Organization", "Position", "Email", "Emails", "Phone", "Phones", "Links", "Birthday", "Roles", "Social style", "Notes", "Created", "Updated"];

    public static Task WriteVCardsAsync(Stream body, AliadoDbContext db, CancellationToken cancellationToken) =>
        WriteAsync(body, db, p => VCardWriter.Write(p.Card), preamble: null, cancellationToken);

    public static Task WriteCsvAsync(Stream body, AliadoDbContext db, CancellationToken cancellationToken) =>
        WriteAsync(body, db, Row, preamble: CsvWriter.Row(_columns), cancellationToken);

    private static string Row(Exported person)
    {
        var card = person.Card;
        static string Joined(IEnumerable<Core.People.ContactPoint> points) => string.Join("; ", points.Select(p => p.ToString()));
        return CsvWriter.Row([
            card.Id.ToString(), card.Name, card.Organization, card.Position,
            card.Emails.Count > 0 ? card.Emails[0].Value : null, Joined(card.Emails), card.Phones.Count > 0 ? card.Phones[0].Value : null, Joined(card.Phones), Joined(card.Links),
            card.Birthday, string.Join("; ", card.Roles), Core.KebabCase.ToKebab(person.SocialStyle), card.Notes,
            person.CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), card.UpdatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ]);
    }

    private static async Task WriteAsync(Stream body, AliadoDbContext db, Func<Exported, string> write, string? preamble, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: preamble is not null), 64 * 1024, leaveOpen: true);
        if (preamble is not null)
        {
            await writer.WriteAsync(preamble);
        }
        var people = db.People.AsNoTracking()
            .OrderBy(p => p.SearchName).ThenBy(p => p.Id)
            .Select(p => new Exported(
                new PersonCard(p.Id, p.Name, p.Organization != null ? p.Organization.Name : null, p.Position, p.Emails, p.Phones, p.Links, p.Birthday, p.Roles, p.Notes, p.UpdatedAt),
                p.SocialStyle,
                p.CreatedAt))
            .AsAsyncEnumerable();
        await foreach (var person in people.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(write(person));
        }
        await writer.FlushAsync(cancellationToken);
    }

    private sealed record Exported(PersonCard Card, Core.People.SocialStyle SocialStyle, DateTime CreatedAt);
}
