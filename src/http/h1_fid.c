/* h1_fid.c: the tables behind hs_fid_of() (h1_fid.h). */
#include "h1_fid.h"

/* Lower-case names of enum hs_fid, with their lengths. */
const struct hs_fid_name hs_fid_names[HS_FID_N] = {
#define F(x) {x, sizeof(x) - 1}
    F("accept"), F("accept-charset"), F("accept-encoding"), F("accept-language"),
    F("accept-ranges"), F("age"), F("allow"), F("alt-svc"), F("authentication-info"),
    F("authorization"), F("cache-control"), F("connection"), F("content-encoding"),
    F("content-language"), F("content-length"), F("content-location"), F("content-range"),
    F("content-type"), F("cookie"), F("date"), F("etag"), F("expect"), F("expires"),
    F("forwarded"), F("from"), F("host"), F("if-match"), F("if-modified-since"),
    F("if-none-match"), F("if-range"), F("if-unmodified-since"), F("last-modified"), F("link"),
    F("location"), F("max-forwards"), F("pragma"), F("preference-applied"),
    F("proxy-authenticate"), F("proxy-authentication-info"), F("proxy-authorization"),
    F("range"), F("referer"), F("retry-after"), F("server"), F("set-cookie"), F("te"),
    F("trailer"), F("transfer-encoding"), F("upgrade"), F("user-agent"), F("vary"), F("via"),
    F("warning"), F("www-authenticate"), F("x-forwarded-proto"),
#undef F
};

/*
 * fid + 1 and the name's length by hs_fid_hash() (length 0: no known name):
 * collision-free over hs_fid_names (constants found by search). A new name needs
 * a free slot or new constants; the whole name is always compared, so a wrong
 * slot only loses the name.
 */
const struct hs_fid_slot hs_fid_slots[256] = {
    [0] = {39, 25}, [9] = {11, 13}, [10] = {9, 19}, [13] = {54, 16}, [22] = {53, 7},
    [24] = {12, 10}, [30] = {16, 16}, [37] = {30, 8}, [40] = {5, 13}, [41] = {42, 7},
    [42] = {1, 6}, [45] = {43, 11}, [46] = {28, 17}, [48] = {31, 19}, [50] = {2, 14},
    [56] = {44, 6}, [57] = {25, 4}, [64] = {27, 8}, [68] = {7, 5}, [69] = {29, 13},
    [73] = {47, 7}, [81] = {32, 13}, [98] = {23, 7}, [106] = {22, 6}, [110] = {50, 10},
    [111] = {36, 6}, [120] = {55, 17}, [135] = {33, 4}, [146] = {8, 7}, [150] = {37, 18},
    [152] = {26, 4}, [159] = {38, 18}, [160] = {6, 3}, [165] = {51, 4}, [166] = {34, 8},
    [172] = {4, 15}, [178] = {41, 5}, [190] = {3, 15}, [195] = {19, 6}, [199] = {45, 10},
    [201] = {18, 12}, [202] = {17, 13}, [204] = {52, 3}, [205] = {14, 16}, [207] = {46, 2},
    [209] = {20, 4}, [223] = {13, 16}, [228] = {49, 7}, [230] = {15, 14}, [231] = {35, 12},
    [237] = {24, 9}, [240] = {48, 17}, [241] = {40, 19}, [243] = {21, 4}, [251] = {10, 13},
};
