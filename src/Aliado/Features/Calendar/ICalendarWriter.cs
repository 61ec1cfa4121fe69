using System.Globalization;
using System.Text;

namespace Aliado.Features.Calendar;

/// <summary>
/// Writes the small part of iCalendar (RFC 5545) a subscription needs: all-day events with a summary,
/// a description and a link. Text is escaped and long lines are folded at 75 octets, as the format requires.
/// </summary>
public sealed class ICalendarWriter
{
    private readonly StringBuilder _text = new();

    public ICalendarWriter(string name)
    {
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Aliado//Agenda//EN");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line($"X-WR-CALNAME:{Escape(name)}");
    }

    public void AllDayEvent(string uid, DateOnly day, string summary, string description, Uri link, DateTime stampUtc)
    {
        Line("BEGIN:VEVENT");
        Line($"UID:{uid}");
        Line($"DTSTAMP:{stampUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}");
        Line($"DTSTART;VALUE=DATE:{day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}");
        Line($"DTEND;VALUE=DATE:{day.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}");
        Line($"SUMMARY:{Escape(summary)}");
        Line($"DESCRIPTION:{Escape(description)}");
        Line($"URL:{link.AbsoluteUri}");
        Line("TRANSP:TRANSPARENT");
        Line("END:VEVENT");
    }

    public override string ToString() => _text.ToString() + "END:VCALENDAR\r\n";

    internal static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Lines longer than 75 octets continue on the next line after a space, never splitting a character.</summary>
    private void Line(string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                _text.Append("\r\n ");
                octets = 1;
                limit = 75;
            }
            _text.Append(rune.ToString());
            octets += size;
        }
        _text.Append("\r\n");
    }
}
