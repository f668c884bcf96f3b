namespace PartyCommittee.Domain.Calendar;

/// <summary>A date of the Vietnamese lunar calendar (âm lịch).</summary>
/// <param name="Year">Lunar year (the year in which its first month mostly falls).</param>
/// <param name="Month">Lunar month, 1 to 12.</param>
/// <param name="Day">Day of the month, 1 to 30.</param>
/// <param name="IsLeapMonth">The month is the leap (intercalary) month that repeats <paramref name="Month"/>.</param>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false);

/// <summary>
/// The Vietnamese lunar calendar, computed: months begin on the day (in UTC+7, Vietnam's time zone since 1968) of
/// the astronomical new moon; the 11th month contains the winter solstice; in a year with 13 months the first month
/// after the 11th that contains no principal solar term (trung khí) is the leap month. This is the algorithm Hồ Ngọc
/// Đức published (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_v02.html) on the formulas of J. Meeus,
/// "Astronomical Algorithms" (1998), ch. 49 (new moons) and a low-precision solar longitude; it reproduces the
/// calendar in use in Vietnam (Tết 2020-01-25, 2021-02-12, 2024-02-10, 2025-01-29, 2026-02-17, 2033-01-31; the
/// tests check 2010-2035).
/// </summary>
public static class VietnameseLunarCalendar
{
    /// <summary>Vietnam's time zone, in hours east of UTC.</summary>
    public const double TimeZone = 7.0;

    private const double SynodicMonth = 29.530588853;
    private const double FirstNewMoonJd = 2415021.076998695; // the new moon of 1900-01-01 (k = 0)
    private const double Rad = Math.PI / 180;

    /// <summary>The first day of lunar year <paramref name="lunarYear"/> (mùng 1 Tết).</summary>
    public static DateOnly NewYear(int lunarYear) => ToSolar(new LunarDate(lunarYear, 1, 1));

    /// <summary>The solar (Gregorian) date of a lunar date; <see cref="ArgumentOutOfRangeException"/> when it does not exist.</summary>
    public static DateOnly ToSolar(LunarDate date)
    {
        if (date.Month is < 1 or > 12 || date.Day is < 1 or > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "No such lunar date.");
        }

        int a11, b11;
        if (date.Month < 11)
        {
            a11 = Month11(date.Year - 1);
            b11 = Month11(date.Year);
        }
        else
        {
            a11 = Month11(date.Year);
            b11 = Month11(date.Year + 1);
        }

        var k = (int)Math.Floor(0.5 + ((a11 - FirstNewMoonJd) / SynodicMonth));
        var offset = date.Month - 11;
        if (offset < 0)
        {
            offset += 12;
        }

        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            var leapMonth = leapOffset - 2;
            if (leapMonth < 0)
            {
                leapMonth += 12;
            }

            if (date.IsLeapMonth && date.Month != leapMonth)
            {
                throw new ArgumentOutOfRangeException(nameof(date), date, "That month is not the leap month of the year.");
            }

            if (date.IsLeapMonth || offset >= leapOffset)
            {
                offset++;
            }
        }
        else if (date.IsLeapMonth)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "The year has no leap month.");
        }

        var monthStart = NewMoonDay(k + offset);
        return FromJulianDay(monthStart + date.Day - 1);
    }

    /// <summary>The lunar date of a solar (Gregorian) date.</summary>
    public static LunarDate FromSolar(DateOnly date)
    {
        var dayNumber = JulianDay(date);
        var k = (int)Math.Floor((dayNumber - FirstNewMoonJd) / SynodicMonth);
        var monthStart = NewMoonDay(k + 1);
        if (monthStart > dayNumber)
        {
            monthStart = NewMoonDay(k);
        }

        var a11 = Month11(date.Year);
        var b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = Month11(date.Year - 1);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = Month11(date.Year + 1);
        }

        var day = dayNumber - monthStart + 1;
        var diff = (int)Math.Floor((monthStart - a11) / 29.0);
        var leap = false;
        var month = diff + 11;
        if (b11 - a11 > 365)
        {
            var leapDiff = LeapMonthOffset(a11);
            if (diff >= leapDiff)
            {
                month = diff + 10;
                leap = diff == leapDiff;
            }
        }

        if (month > 12)
        {
            month -= 12;
        }

        if (month >= 11 && diff < 4)
        {
            lunarYear--;
        }

        return new LunarDate(lunarYear, month, day, leap);
    }

    private static int JulianDay(DateOnly date) => date.DayNumber + 1721426;

    private static DateOnly FromJulianDay(int julianDay) => DateOnly.FromDayNumber(julianDay - 1721426);

    /// <summary>The day (Julian day number, local time) of the k-th new moon after that of 1900-01-01.</summary>
    private static int NewMoonDay(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var jd1 = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3);
        jd1 += 0.00033 * Math.Sin((166.56 + (132.87 * t) - (0.009173 * t2)) * Rad);
        var m = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var mpr = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var f = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);
        var c1 = ((0.1734 - (0.000393 * t)) * Math.Sin(m * Rad)) + (0.0021 * Math.Sin(2 * Rad * m));
        c1 = c1 - (0.4068 * Math.Sin(mpr * Rad)) + (0.0161 * Math.Sin(Rad * 2 * mpr));
        c1 -= 0.0004 * Math.Sin(Rad * 3 * mpr);
        c1 = c1 + (0.0104 * Math.Sin(Rad * 2 * f)) - (0.0051 * Math.Sin(Rad * (m + mpr)));
        c1 = c1 - (0.0074 * Math.Sin(Rad * (m - mpr))) + (0.0004 * Math.Sin(Rad * ((2 * f) + m)));
        c1 = c1 - (0.0004 * Math.Sin(Rad * ((2 * f) - m))) - (0.0006 * Math.Sin(Rad * ((2 * f) + mpr)));
        c1 = c1 + (0.0010 * Math.Sin(Rad * ((2 * f) - mpr))) + (0.0005 * Math.Sin(Rad * ((2 * mpr) + m)));
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        var jdNew = jd1 + c1 - deltaT;
        return (int)Math.Floor(jdNew + 0.5 + (TimeZone / 24));
    }

    /// <summary>The sector (0 to 11, 30° each) of the sun's longitude at the start (local time) of a Julian day.</summary>
    private static int SunLongitudeSector(int julianDay)
    {
        var t = (julianDay - 2451545.5 - (TimeZone / 24)) / 36525;
        var t2 = t * t;
        var m = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        var l0 = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var dl = ((1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(Rad * m))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(Rad * 2 * m))
            + (0.000290 * Math.Sin(Rad * 3 * m));
        var l = (l0 + dl) * Rad;
        l -= Math.PI * 2 * Math.Floor(l / (Math.PI * 2));
        return (int)Math.Floor(l / Math.PI * 6);
    }

    /// <summary>The first day of the 11th lunar month (the one with the winter solstice) of solar year <paramref name="year"/>.</summary>
    private static int Month11(int year)
    {
        var offset = JulianDay(new DateOnly(year, 12, 31)) - 2415021;
        var k = (int)Math.Floor(offset / SynodicMonth);
        var newMoon = NewMoonDay(k);
        return SunLongitudeSector(newMoon) >= 9 ? NewMoonDay(k - 1) : newMoon;
    }

    /// <summary>How many months after the 11th month starting on <paramref name="a11"/> the leap month comes.</summary>
    private static int LeapMonthOffset(int a11)
    {
        var k = (int)Math.Floor(((a11 - FirstNewMoonJd) / SynodicMonth) + 0.5);
        var i = 1;
        var arc = SunLongitudeSector(NewMoonDay(k + i));
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunLongitudeSector(NewMoonDay(k + i));
        }
        while (arc != last && i < 14);
        return i - 1;
    }
}
