package id.kutip.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {
  private final PublicationDates dates = PublicationDates.bundled();

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "Jumat, 3 Maret 2023 07:31 WIB => 2023-03-03T07:31:00+07:00",
      "Kompas.com - 02/03/2023, 22:01 WIB => 2023-03-02T22:01:00+07:00",
      "22 Januari 2022 14:00 WIB => 2022-01-22T14:00:00+07:00",
      "Tayang: Selasa, 10 Juni 2025 08:41 WITA => 2025-06-10T08:41:00+08:00",
      "Tayang: Senin, 9 Juni 2025 09:58 WIT => 2025-06-09T09:58:00+09:00",
      "Rabu   18 Jun 2025  22:05 WIB => 2025-06-18T22:05:00+07:00",
      "', Jurnalis-Rabu, 18 Juni 2025 |04:05 WIB' => 2025-06-18T04:05:00+07:00",
      "19 Juni 2025 | 09.16 WIB => 2025-06-19T09:16:00+07:00",
      "Selasa, 3 Juni 2025-  13:12 WIB => 2025-06-03T13:12:00+07:00",
      "Diperbarui 10 Jun 2025, 20:15 WIB => 2025-06-10T20:15:00+07:00",
      "5 Mei 2024 10:00 WIB => 2024-05-05T10:00:00+07:00",
      "17 Agu 2024 10:00 WIB => 2024-08-17T10:00:00+07:00",
      "17 Agt 2024 10:00 WIB => 2024-08-17T10:00:00+07:00",
      "1 Okt 2024 09:00 => 2024-10-01T09:00:00+07:00",
      "24 Des 2024 23:59 WIB => 2024-12-24T23:59:00+07:00",
      "10/19/2025 17:00 => 2025-10-19T17:00:00+07:00",
      "7/7/2025 10:16 => 2025-07-07T10:16:00+07:00",
      "19/10/2025, 17:00 WIB => 2025-10-19T17:00:00+07:00",
      "2016-02-23T14:49:30+07:00 => 2016-02-23T14:49:00+07:00",
      "2015-11-05 T10:08:58Z => 2015-11-05T10:08:00+00:00",
  })
  void indonesianFormsGiveTheInstantAndTheOffsetAsPrinted(String text, String expected) {
    assertEquals(expected, dates.find(text, false).local(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"20 jam lalu", "3 hari yang lalu", "Tidak ditemukan", "", "Kamis (2/3/2023) pukul",
      "31 Juni 2025 10:00 WIB"})
  void relativeDatesAndNonDatesAreNotPublicationTimes(String text) {
    assertNull(dates.find(text, true), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kamis (2/3/2023)", "22 Januari 2022"})
  void aDateWithoutATimeCountsOnlyWhereATimeIsNotRequired(String text) {
    assertNull(dates.find(text, true));
    assertEquals("00:00:00", dates.find(text, false).local().substring(11, 19));
  }
}
