namespace Prongsai.Hosting;

/// <summary>A setting the application cannot start with; the message names the setting and what it expects.</summary>
public sealed class SettingException(string message) : Exception(message);
