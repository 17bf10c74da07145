/* The floor of `scalec check`: libyaml's bare event parse of the same YAML files, whole
 * process. Every event is created and freed, nothing is built. Prints the event count.
 *   cc -O2 libyaml-parse.c -lyaml -o libyaml-parse && ./libyaml-parse FILE... */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

int main(int argc, char **argv) {
    long events = 0;
    for (int i = 1; i < argc; i++) {
        FILE *file = fopen(argv[i], "rb");
        if (!file) { perror(argv[i]); return 1; }
        yaml_parser_t parser;
        if (!yaml_parser_initialize(&parser)) { fclose(file); return 1; }
        yaml_parser_set_input_file(&parser, file);
        for (;;) {
            yaml_event_t event;
            if (!yaml_parser_parse(&parser, &event)) { fprintf(stderr, "%s: parse error\n", argv[i]); return 1; }
            int done = event.type == YAML_STREAM_END_EVENT;
            yaml_event_delete(&event);
            events++;
            if (done) break;
        }
        yaml_parser_delete(&parser);
        fclose(file);
    }
    printf("%ld events\n", events);
    return 0;
}
