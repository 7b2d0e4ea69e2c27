using System.Globalization;

namespace Prongsai.Thai;

/// <summary>
/// Thai digits (๐–๙) ⇄ Arabic digits. .NET formats digits as ASCII even in th-TH,
/// so official output maps them explicitly, and input is mapped back before parsing.
/// </summary>
public static class ThaiDigits
{
    const char ThaiZero = '๐';

    public static bool IsThaiDigit(char c) => c is >= '๐' and <= '๙';

    /// <summary>True for 0–9 and ๐–๙.</summary>
    public static bool IsAnyDigit(char c) => c is >= '0' and <= '9' || IsThaiDigit(c);

    /// <summary>The value of 0–9 or ๐–๙, or -1.</summary>
    public static int ValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '๐' and <= '๙' => c - ThaiZero,
        _ => -1,
    };

    public static string ToThai(string text) => Map(text, '0', '9', ThaiZero);

    public static string ToArabic(string text) => Map(text, ThaiZero, '๙', '0');

    public static string ToThai(int number) => ToThai(number.ToString(CultureInfo.InvariantCulture));

    /// <summary>Parses an integer written in Thai or Arabic digits (or a mix).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        text = text.Trim();
        if (text.IsEmpty || text.Length > 9)
        {
            return false;
        }

        foreach (var c in text)
        {
            var digit = ValueOf(c);
            if (digit < 0)
            {
                return false;
            }

            value = value * 10 + digit;
        }

        return true;
    }

    static string Map(string text, char from, char to, char targetZero)
    {
        if (!text.AsSpan().ContainsAnyInRange(from, to))
        {
            return text;
        }

        return string.Create(text.Length, (text, from, to, targetZero), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.text[i];
                span[i] = c >= state.from && c <= state.to ? (char)(state.targetZero + (c - state.from)) : c;
            }
        });
    }
}
