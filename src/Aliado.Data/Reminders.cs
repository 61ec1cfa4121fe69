namespace Aliado.Data;

/// <summary>How often a user gets their agenda by e-mail.</summary>
public enum ReminderFrequency
{
    Weekly,
    Daily,
    Off,
}
