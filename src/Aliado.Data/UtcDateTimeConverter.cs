using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Aliado.Data;

/// <summary>Everything is stored in UTC; SQLite forgets the kind on the way back, so restore it.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
