/* A dev-only helper for the calendar tests: reads an iCalendar file with
 * libical (Debian's libical-dev), runs libical's iTIP restriction check
 * (RFC 5546: which properties each METHOD requires or forbids) and prints
 * every error libical records, one per line. Exit 0: parsed and no error;
 * 1: errors printed; 2: usage or not iCalendar. */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>

static int report(icalcomponent *c) {
    int errors = 0;
    icalproperty *p;
    for (p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
        printf("%s: %s\n", icalcomponent_kind_to_string(icalcomponent_isa(c)),
               icalproperty_get_xlicerror(p));
        errors++;
    }
    icalcomponent *sub;
    for (sub = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); sub;
         sub = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT)) {
        errors += report(sub);
    }
    return errors;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: itip FILE.ics\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    static char text[1 << 20];
    size_t n = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    text[n] = 0;
    icalcomponent *cal = icalparser_parse_string(text);
    if (!cal || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT) {
        fprintf(stderr, "not an iCalendar object\n");
        return 2;
    }
    int ok = icalrestriction_check(cal);
    int errors = report(cal);
    printf("restriction_check=%d errors=%d\n", ok, errors);
    return (ok && errors == 0) ? 0 : 1;
}
