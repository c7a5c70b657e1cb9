// Imports the wide-character ncurses API into Swift.
// SwiftPM drops pkg-config's -D flags, so the defines must sit here, before any include.
#ifndef SGACCESS_CNCURSESW_SHIM_H
#define SGACCESS_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>

// Macros and variadics Swift cannot import, wrapped.
static inline attr_t sg_a_normal(void) { return A_NORMAL; }
static inline attr_t sg_a_bold(void) { return A_BOLD; }
static inline attr_t sg_a_reverse(void) { return A_REVERSE; }
static inline attr_t sg_a_underline(void) { return A_UNDERLINE; }
static inline attr_t sg_a_dim(void) { return A_DIM; }
static inline attr_t sg_a_standout(void) { return A_STANDOUT; }
static inline int sg_key_f(int n) { return KEY_F(n); }
static inline WINDOW *sg_stdscr(void) { return stdscr; }
static inline int sg_lines(void) { return LINES; }
static inline int sg_cols(void) { return COLS; }
static inline void sg_set_escdelay(int ms) { set_escdelay(ms); }

/// Reads the terminal size of fd with TIOCGWINSZ; returns 0 on success.
static inline int sg_winsize(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return -1;
    *rows = ws.ws_row; *cols = ws.ws_col;
    return 0;
}
#endif
