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
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <string.h>
#include <stdio.h>
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
static inline WINDOW *sg_curscr(void) { return curscr; }
static inline int sg_colors(void) { return COLORS; }
static inline int sg_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *sg_stdout_file(void) { return stdout; }
static inline FILE *sg_stdin_file(void) { return stdin; }
static inline int sg_key_code_yes(void) { return KEY_CODE_YES; }

/// The character set of the current locale (after setlocale), e.g. "UTF-8" or "ANSI_X3.4-1968".
static inline const char *sg_codeset(void) { return nl_langinfo(CODESET); }

/// 1 when the terminal's terminfo entry has the string capability `name` (e.g. "smcup"), 0 when it is absent
/// or cancelled. Valid once newterm has loaded the entry.
static inline int sg_has_string_capability(const char *name) {
    char *value = tigetstr(name);
    return (value != NULL && value != (char *)-1 && value[0] != 0) ? 1 : 0;
}

/// Sends the terminal's `clear` capability (clear the screen, cursor home) and flushes stdout. Used after
/// endwin on terminals without an alternate screen, so the last frame does not stay behind.
static inline void sg_clear_screen_after_endwin(void) {
    char *value = tigetstr("clear");
    if (value != NULL && value != (char *)-1) putp(value);
    fflush(stdout);
}

/// Writes the bytes that put a terminal back to normal: leave the alternate screen, show the cursor,
/// reset attributes, keypad transmit off. Async-signal-safe (write(2) only).
static inline void sg_write_terminal_reset(int fd) {
    static const char reset[] = "\033[0m\033[?1049l\033[?25h\033[?1l\033>\r\n";
    ssize_t ignored = write(fd, reset, sizeof(reset) - 1);
    (void)ignored;
}

/// Installs `handler` for `sig` (on the alternate stack if one is set), saving the previous action in `old`.
static inline int sg_install_signal_handler(int sig, void (*handler)(int), struct sigaction *old) {
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_ONSTACK;
    return sigaction(sig, &action, old);
}

/// Like sg_install_signal_handler, but only when `sig` still has its default action: a signal the parent
/// ignored (nohup) stays ignored and a handler someone else installed stays in place. Returns 1 when installed.
static inline int sg_install_signal_handler_if_default(int sig, void (*handler)(int), struct sigaction *old) {
    struct sigaction current;
    if (sigaction(sig, NULL, &current) != 0) return 0;
    if ((current.sa_flags & SA_SIGINFO) || current.sa_handler != SIG_DFL) return 0;
    return sg_install_signal_handler(sig, handler, old) == 0 ? 1 : 0;
}

/// The first and last real-time signals (SIGRTMIN/SIGRTMAX are function calls in glibc, not constants).
static inline int sg_sigrtmin(void) { return SIGRTMIN; }
static inline int sg_sigrtmax(void) { return SIGRTMAX; }

/// Puts back an action saved by sg_install_signal_handler.
static inline int sg_restore_signal_handler(int sig, const struct sigaction *old) {
    return sigaction(sig, old, NULL);
}

/// Sets the disposition of `sig` to ignore (before a Dispatch signal source takes it over).
static inline void sg_ignore_signal(int sig) { signal(sig, SIG_IGN); }
/// Sets the disposition of `sig` back to default.
static inline void sg_default_signal(int sig) { signal(sig, SIG_DFL); }

/// Bytes ready to read on fd (FIONREAD), or -1.
static inline int sg_bytes_available(int fd) {
    int n = 0;
    if (ioctl(fd, FIONREAD, &n) != 0) return -1;
    return n;
}
#endif
