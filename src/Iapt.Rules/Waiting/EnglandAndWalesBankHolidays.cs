using System.Collections.Immutable;
using NodaTime;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Waiting;

/// <summary>
/// The bank holidays of England and Wales from 2008 to 2030, as data, and the working-day calendar built from them
/// (weekends and these holidays are not working days).
/// </summary>
/// <remarks>
/// <para>
/// Each year has New Year's Day, Good Friday, Easter Monday, the early May, spring and summer bank holidays,
/// Christmas Day and Boxing Day, with substitute days when New Year's Day, Christmas Day or Boxing Day fall at a
/// weekend, and the one-off holidays: 29 April 2011 (royal wedding); 2012, spring bank holiday moved to Monday 4 June
/// and the Diamond Jubilee on Tuesday 5 June; 2020, early May bank holiday moved to Friday 8 May (VE day); 2022,
/// spring bank holiday moved to Thursday 2 June, the Platinum Jubilee on Friday 3 June, and the state funeral of
/// Queen Elizabeth II on Monday 19 September; 8 May 2023 (coronation of King Charles III).
/// </para>
/// <para>
/// Source: the dates announced on GOV.UK (<c>https://www.gov.uk/bank-holidays</c>) under the Banking and
/// Financial Dealings Act 1971 and royal proclamations. Years not yet announced when this table was written
/// (2028 onwards) follow the standing rules; a proclamation can still change them, so supply your own
/// <see cref="WorkingDayCalendar"/> if one does. Dates outside 2008-2030 are not covered: working-day counts that need
/// them return an error.
/// </para>
/// </remarks>
public static class EnglandAndWalesBankHolidays
{
    private const string NewYear = "New Year's Day";
    private const string NewYearSubstitute = "New Year's Day (substitute day)";
    private const string GoodFriday = "Good Friday";
    private const string EasterMonday = "Easter Monday";
    private const string EarlyMay = "Early May bank holiday";
    private const string Spring = "Spring bank holiday";
    private const string Summer = "Summer bank holiday";
    private const string Christmas = "Christmas Day";
    private const string ChristmasSubstitute = "Christmas Day (substitute day)";
    private const string Boxing = "Boxing Day";
    private const string BoxingSubstitute = "Boxing Day (substitute day)";

    /// <summary>The first year covered.</summary>
    public const int FirstYear = 2008;

    /// <summary>The last year covered.</summary>
    public const int LastYear = 2030;

    /// <summary>Where the dates come from.</summary>
    public static Source Source { get; } = new(
        "GOV.UK", "bank holidays, England and Wales",
        Note: "announced dates to 2027; 2028-2030 follow the standing rules and may be changed by proclamation");

    /// <summary>Every bank holiday of England and Wales from 1 January 2008 to 31 December 2030, in date order.</summary>
    public static ImmutableArray<PublicHoliday> Holidays { get; } =
    [
        // 2008: Easter Sunday 23 March
        H(2008, 1, 1, NewYear), // Tue
        H(2008, 3, 21, GoodFriday), // Fri
        H(2008, 3, 24, EasterMonday), // Mon
        H(2008, 5, 5, EarlyMay), // Mon
        H(2008, 5, 26, Spring), // Mon
        H(2008, 8, 25, Summer), // Mon
        H(2008, 12, 25, Christmas), // Thu
        H(2008, 12, 26, Boxing), // Fri
        // 2009: Easter Sunday 12 April
        H(2009, 1, 1, NewYear), // Thu
        H(2009, 4, 10, GoodFriday), // Fri
        H(2009, 4, 13, EasterMonday), // Mon
        H(2009, 5, 4, EarlyMay), // Mon
        H(2009, 5, 25, Spring), // Mon
        H(2009, 8, 31, Summer), // Mon
        H(2009, 12, 25, Christmas), // Fri
        H(2009, 12, 28, BoxingSubstitute), // Mon
        // 2010: Easter Sunday 04 April
        H(2010, 1, 1, NewYear), // Fri
        H(2010, 4, 2, GoodFriday), // Fri
        H(2010, 4, 5, EasterMonday), // Mon
        H(2010, 5, 3, EarlyMay), // Mon
        H(2010, 5, 31, Spring), // Mon
        H(2010, 8, 30, Summer), // Mon
        H(2010, 12, 27, ChristmasSubstitute), // Mon
        H(2010, 12, 28, BoxingSubstitute), // Tue
        // 2011: Easter Sunday 24 April
        H(2011, 1, 3, NewYearSubstitute), // Mon
        H(2011, 4, 22, GoodFriday), // Fri
        H(2011, 4, 25, EasterMonday), // Mon
        H(2011, 4, 29, "Royal wedding of Prince William and Catherine Middleton"), // Fri
        H(2011, 5, 2, EarlyMay), // Mon
        H(2011, 5, 30, Spring), // Mon
        H(2011, 8, 29, Summer), // Mon
        H(2011, 12, 26, Boxing), // Mon
        H(2011, 12, 27, ChristmasSubstitute), // Tue
        // 2012: Easter Sunday 08 April
        H(2012, 1, 2, NewYearSubstitute), // Mon
        H(2012, 4, 6, GoodFriday), // Fri
        H(2012, 4, 9, EasterMonday), // Mon
        H(2012, 5, 7, EarlyMay), // Mon
        H(2012, 6, 4, Spring), // Mon
        H(2012, 6, 5, "Queen's Diamond Jubilee"), // Tue
        H(2012, 8, 27, Summer), // Mon
        H(2012, 12, 25, Christmas), // Tue
        H(2012, 12, 26, Boxing), // Wed
        // 2013: Easter Sunday 31 March
        H(2013, 1, 1, NewYear), // Tue
        H(2013, 3, 29, GoodFriday), // Fri
        H(2013, 4, 1, EasterMonday), // Mon
        H(2013, 5, 6, EarlyMay), // Mon
        H(2013, 5, 27, Spring), // Mon
        H(2013, 8, 26, Summer), // Mon
        H(2013, 12, 25, Christmas), // Wed
        H(2013, 12, 26, Boxing), // Thu
        // 2014: Easter Sunday 20 April
        H(2014, 1, 1, NewYear), // Wed
        H(2014, 4, 18, GoodFriday), // Fri
        H(2014, 4, 21, EasterMonday), // Mon
        H(2014, 5, 5, EarlyMay), // Mon
        H(2014, 5, 26, Spring), // Mon
        H(2014, 8, 25, Summer), // Mon
        H(2014, 12, 25, Christmas), // Thu
        H(2014, 12, 26, Boxing), // Fri
        // 2015: Easter Sunday 05 April
        H(2015, 1, 1, NewYear), // Thu
        H(2015, 4, 3, GoodFriday), // Fri
        H(2015, 4, 6, EasterMonday), // Mon
        H(2015, 5, 4, EarlyMay), // Mon
        H(2015, 5, 25, Spring), // Mon
        H(2015, 8, 31, Summer), // Mon
        H(2015, 12, 25, Christmas), // Fri
        H(2015, 12, 28, BoxingSubstitute), // Mon
        // 2016: Easter Sunday 27 March
        H(2016, 1, 1, NewYear), // Fri
        H(2016, 3, 25, GoodFriday), // Fri
        H(2016, 3, 28, EasterMonday), // Mon
        H(2016, 5, 2, EarlyMay), // Mon
        H(2016, 5, 30, Spring), // Mon
        H(2016, 8, 29, Summer), // Mon
        H(2016, 12, 26, Boxing), // Mon
        H(2016, 12, 27, ChristmasSubstitute), // Tue
        // 2017: Easter Sunday 16 April
        H(2017, 1, 2, NewYearSubstitute), // Mon
        H(2017, 4, 14, GoodFriday), // Fri
        H(2017, 4, 17, EasterMonday), // Mon
        H(2017, 5, 1, EarlyMay), // Mon
        H(2017, 5, 29, Spring), // Mon
        H(2017, 8, 28, Summer), // Mon
        H(2017, 12, 25, Christmas), // Mon
        H(2017, 12, 26, Boxing), // Tue
        // 2018: Easter Sunday 01 April
        H(2018, 1, 1, NewYear), // Mon
        H(2018, 3, 30, GoodFriday), // Fri
        H(2018, 4, 2, EasterMonday), // Mon
        H(2018, 5, 7, EarlyMay), // Mon
        H(2018, 5, 28, Spring), // Mon
        H(2018, 8, 27, Summer), // Mon
        H(2018, 12, 25, Christmas), // Tue
        H(2018, 12, 26, Boxing), // Wed
        // 2019: Easter Sunday 21 April
        H(2019, 1, 1, NewYear), // Tue
        H(2019, 4, 19, GoodFriday), // Fri
        H(2019, 4, 22, EasterMonday), // Mon
        H(2019, 5, 6, EarlyMay), // Mon
        H(2019, 5, 27, Spring), // Mon
        H(2019, 8, 26, Summer), // Mon
        H(2019, 12, 25, Christmas), // Wed
        H(2019, 12, 26, Boxing), // Thu
        // 2020: Easter Sunday 12 April
        H(2020, 1, 1, NewYear), // Wed
        H(2020, 4, 10, GoodFriday), // Fri
        H(2020, 4, 13, EasterMonday), // Mon
        H(2020, 5, 8, "Early May bank holiday (VE day)"), // Fri
        H(2020, 5, 25, Spring), // Mon
        H(2020, 8, 31, Summer), // Mon
        H(2020, 12, 25, Christmas), // Fri
        H(2020, 12, 28, BoxingSubstitute), // Mon
        // 2021: Easter Sunday 04 April
        H(2021, 1, 1, NewYear), // Fri
        H(2021, 4, 2, GoodFriday), // Fri
        H(2021, 4, 5, EasterMonday), // Mon
        H(2021, 5, 3, EarlyMay), // Mon
        H(2021, 5, 31, Spring), // Mon
        H(2021, 8, 30, Summer), // Mon
        H(2021, 12, 27, ChristmasSubstitute), // Mon
        H(2021, 12, 28, BoxingSubstitute), // Tue
        // 2022: Easter Sunday 17 April
        H(2022, 1, 3, NewYearSubstitute), // Mon
        H(2022, 4, 15, GoodFriday), // Fri
        H(2022, 4, 18, EasterMonday), // Mon
        H(2022, 5, 2, EarlyMay), // Mon
        H(2022, 6, 2, Spring), // Thu
        H(2022, 6, 3, "Platinum Jubilee bank holiday"), // Fri
        H(2022, 8, 29, Summer), // Mon
        H(2022, 9, 19, "State funeral of Queen Elizabeth II"), // Mon
        H(2022, 12, 26, Boxing), // Mon
        H(2022, 12, 27, ChristmasSubstitute), // Tue
        // 2023: Easter Sunday 09 April
        H(2023, 1, 2, NewYearSubstitute), // Mon
        H(2023, 4, 7, GoodFriday), // Fri
        H(2023, 4, 10, EasterMonday), // Mon
        H(2023, 5, 1, EarlyMay), // Mon
        H(2023, 5, 8, "Coronation of King Charles III"), // Mon
        H(2023, 5, 29, Spring), // Mon
        H(2023, 8, 28, Summer), // Mon
        H(2023, 12, 25, Christmas), // Mon
        H(2023, 12, 26, Boxing), // Tue
        // 2024: Easter Sunday 31 March
        H(2024, 1, 1, NewYear), // Mon
        H(2024, 3, 29, GoodFriday), // Fri
        H(2024, 4, 1, EasterMonday), // Mon
        H(2024, 5, 6, EarlyMay), // Mon
        H(2024, 5, 27, Spring), // Mon
        H(2024, 8, 26, Summer), // Mon
        H(2024, 12, 25, Christmas), // Wed
        H(2024, 12, 26, Boxing), // Thu
        // 2025: Easter Sunday 20 April
        H(2025, 1, 1, NewYear), // Wed
        H(2025, 4, 18, GoodFriday), // Fri
        H(2025, 4, 21, EasterMonday), // Mon
        H(2025, 5, 5, EarlyMay), // Mon
        H(2025, 5, 26, Spring), // Mon
        H(2025, 8, 25, Summer), // Mon
        H(2025, 12, 25, Christmas), // Thu
        H(2025, 12, 26, Boxing), // Fri
        // 2026: Easter Sunday 05 April
        H(2026, 1, 1, NewYear), // Thu
        H(2026, 4, 3, GoodFriday), // Fri
        H(2026, 4, 6, EasterMonday), // Mon
        H(2026, 5, 4, EarlyMay), // Mon
        H(2026, 5, 25, Spring), // Mon
        H(2026, 8, 31, Summer), // Mon
        H(2026, 12, 25, Christmas), // Fri
        H(2026, 12, 28, BoxingSubstitute), // Mon
        // 2027: Easter Sunday 28 March
        H(2027, 1, 1, NewYear), // Fri
        H(2027, 3, 26, GoodFriday), // Fri
        H(2027, 3, 29, EasterMonday), // Mon
        H(2027, 5, 3, EarlyMay), // Mon
        H(2027, 5, 31, Spring), // Mon
        H(2027, 8, 30, Summer), // Mon
        H(2027, 12, 27, ChristmasSubstitute), // Mon
        H(2027, 12, 28, BoxingSubstitute), // Tue
        // 2028: Easter Sunday 16 April
        H(2028, 1, 3, NewYearSubstitute), // Mon
        H(2028, 4, 14, GoodFriday), // Fri
        H(2028, 4, 17, EasterMonday), // Mon
        H(2028, 5, 1, EarlyMay), // Mon
        H(2028, 5, 29, Spring), // Mon
        H(2028, 8, 28, Summer), // Mon
        H(2028, 12, 25, Christmas), // Mon
        H(2028, 12, 26, Boxing), // Tue
        // 2029: Easter Sunday 01 April
        H(2029, 1, 1, NewYear), // Mon
        H(2029, 3, 30, GoodFriday), // Fri
        H(2029, 4, 2, EasterMonday), // Mon
        H(2029, 5, 7, EarlyMay), // Mon
        H(2029, 5, 28, Spring), // Mon
        H(2029, 8, 27, Summer), // Mon
        H(2029, 12, 25, Christmas), // Tue
        H(2029, 12, 26, Boxing), // Wed
        // 2030: Easter Sunday 21 April
        H(2030, 1, 1, NewYear), // Tue
        H(2030, 4, 19, GoodFriday), // Fri
        H(2030, 4, 22, EasterMonday), // Mon
        H(2030, 5, 6, EarlyMay), // Mon
        H(2030, 5, 27, Spring), // Mon
        H(2030, 8, 26, Summer), // Mon
        H(2030, 12, 25, Christmas), // Wed
        H(2030, 12, 26, Boxing), // Thu
    ];

    /// <summary>The dates covered: 1 January 2008 to 31 December 2030.</summary>
    public static DateInterval Coverage { get; } = new(new LocalDate(FirstYear, 1, 1), new LocalDate(LastYear, 12, 31));

    /// <summary>
    /// The working-day calendar of England and Wales, 2008-2030: Saturdays, Sundays and the bank holidays above are not
    /// working days.
    /// </summary>
    public static WorkingDayCalendar Calendar { get; } = new("England and Wales bank holidays", Coverage, Holidays);

    private static PublicHoliday H(int year, int month, int day, string name) => new(new LocalDate(year, month, day), name);
}
